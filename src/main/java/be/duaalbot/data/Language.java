package be.duaalbot.data;

import java.util.Locale;

/** The languages the bot reads and answers in; Dutch first. */
public enum Language {
    NL(Locale.forLanguageTag("nl-BE")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The lower-case code used in data files and JSON answers: {@code nl}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as {@code en} or {@code en-GB}; Dutch when unknown. */
    public static Language fromCode(String code) {
        if (code != null && code.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return NL;
    }
}
