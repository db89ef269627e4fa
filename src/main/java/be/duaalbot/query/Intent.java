package be.duaalbot.query;

/** What kind of answer a question asks for. */
public enum Intent {
    LOOKUP, COMPARE, TOP, BOTTOM, CHANGE, RISERS, FALLERS, SHARE, CONVERSION
}
