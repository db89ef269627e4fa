package be.duaalbot.channel.delivery;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One message's tries: since when it waits, how often it failed, and how often the platform may
 * have taken it although no answer said so. Decides after each failure whether and when to try
 * again, and counts the outcome for {@code duaalbot_messages_total}.
 */
final class Tries {
    private static final Logger LOG = LoggerFactory.getLogger(Tries.class);
    /** Tries whose outcome was unsure, after which the message is not sent again: one duplicate at most. */
    static final int UNSURE_AT_MOST = 2;

    final long since;
    private int failures;
    private int unsure;

    Tries(long since) {
        this.since = since;
    }

    /** Whether a try may have delivered it: the next waits for the platform to be quiet ({@link DeliveryRules#quiet()}). */
    boolean maybeDelivered() {
        return unsure > 0;
    }

    /** Whether the message is past its age at {@code now}: it is then dropped, not tried. */
    boolean tooOld(long now, DeliveryRules rules) {
        return now - since > rules.maxAge().toNanos();
    }

    /**
     * The wait before the next try, or null when this message is done with (refused, perhaps
     * delivered twice already, or too old by the time it could go), which is counted and logged.
     */
    Duration after(Failure failure, long now, DeliveryRules rules, String channel, Consumer<String> outcomes) {
        failures++;
        Duration wait = switch (failure.kind()) {
            case REFUSED -> null;
            case UNSURE -> ++unsure < UNSURE_AT_MOST ? rules.backoff(failures) : null;
            case NOT_TAKEN -> rules.backoff(failures);
            case RATE_LIMITED -> failure.retryAfter();
        };
        if (wait == null) {
            outcomes.accept("failed");
            LOG.warn("{}: a message was not sent again after {} tries ({})", channel, failures,
                    failure.kind() == Failure.Kind.REFUSED ? "refused" : "twice without an answer: it may have been delivered");
            return null;
        }
        if (now + wait.toNanos() - since > rules.maxAge().toNanos()) {
            dropped(now, rules, channel, outcomes);
            return null;
        }
        outcomes.accept(failure.kind() == Failure.Kind.RATE_LIMITED ? "rate_limited" : "retried");
        return wait;
    }

    /** Gives up on a message the platform did not take within its age. */
    void dropped(long now, DeliveryRules rules, String channel, Consumer<String> outcomes) {
        outcomes.accept("dropped");
        LOG.warn("{}: a message was dropped after {} tries in {} s (DUAALBOT_DELIVERY_MAX_AGE_SECONDS {})", channel, failures,
                (now - since) / 1_000_000_000L, rules.maxAge().toSeconds());
    }
}
