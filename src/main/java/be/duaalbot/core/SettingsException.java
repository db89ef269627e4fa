package be.duaalbot.core;

/** A setting that cannot be used: the message names it and says what is wrong, never its secret value. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String setting, String problem) {
        super("setting " + setting + ": " + problem);
    }
}
