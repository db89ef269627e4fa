package be.duaalbot.data;

/**
 * What kind of answer a question asks for. Topics name these in {@code explains} (the answer a
 * bare "waarom?" follows), so they are part of the data's vocabulary and checked at load.
 */
public enum Intent {
    LOOKUP, COMPARE, SUM, TOP, BOTTOM, YEARS, CHANGE, RISERS, FALLERS, SHARE, CONVERSION, RATIO, AVERAGE
}
