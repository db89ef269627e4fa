package be.duaalbot.review;

import java.util.Locale;

/** Why a question was kept. */
public enum Reason {
    /** Nothing in it could be placed (small talk is not kept). */
    NOT_UNDERSTOOD,
    /** No figures because of a word the bot does not know. */
    UNKNOWN_WORD,
    /** A word it does not know, close to a name: it asked back ("Bedoel je Horeca?"). */
    ASK_BACK,
    /** Got no figures, and the same conversation asked again in other words within a minute. */
    REPHRASED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Reason of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
