package be.duaalbot.core;

/**
 * A chat platform the service talks to (each through its channel module): {@code serve} starts each, asks each
 * for its state for {@code /readyz} and the connected gauge, and stops each. Starting returns at
 * once; connecting happens in the background. Webhook routes are the channel's own business.
 */
public interface ChatChannel {

    /** The channel's name in logs, metrics and {@code /readyz}: as its module names it. */
    String name();

    void start();

    State state();

    void stop();

    /** Where a channel is: still connecting (or reconnecting), connected, or failed for good. */
    enum Phase { STARTING, CONNECTED, FAILED }

    /** The phase, and for a failure why, naming the setting to fix (never its value). */
    record State(Phase phase, String reason) {
        public static final State STARTING = new State(Phase.STARTING, "");
        public static final State CONNECTED = new State(Phase.CONNECTED, "");

        public static State failed(String reason) {
            return new State(Phase.FAILED, reason);
        }

        @Override
        public String toString() {
            return phase == Phase.FAILED ? "failed: " + reason : phase.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
