package be.duaalbot.answer;

import java.util.Locale;

/** Whether the bot answered, understood but has no figure, or did not understand. */
public enum Status {
    ANSWERED, NO_DATA, NOT_UNDERSTOOD;

    /** The name used in JSON: {@code answered}, {@code no_data}, {@code not_understood}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
