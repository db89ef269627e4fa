package be.duaalbot.core;

/** A token or signing secret: its text never appears in a log line, an error or a toString. */
public record Secret(String value) {

    public boolean isSet() {
        return value != null && !value.isEmpty();
    }

    @Override
    public String toString() {
        return isSet() ? "Secret[set]" : "Secret[unset]";
    }
}
