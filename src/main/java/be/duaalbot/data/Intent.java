package be.duaalbot.data;

/**
 * What kind of answer a question asks for. The scopes of topics name these in {@code kinds} (a
 * passage about conversion rates, about sums), so they are part of the data's vocabulary and
 * checked at load.
 */
public enum Intent {
    LOOKUP, COMPARE, SUM, TOP, BOTTOM, YEARS, CHANGE, RISERS, FALLERS, SHARE, CONVERSION, RATIO, AVERAGE
}
