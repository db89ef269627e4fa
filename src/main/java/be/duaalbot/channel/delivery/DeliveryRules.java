package be.duaalbot.channel.delivery;

import be.duaalbot.core.Settings;
import java.time.Duration;

/**
 * How hard the chat channels try to deliver a message: for at most {@code maxAge} after it was
 * ready, waiting between tries twice as long each time from half a second up to {@code backoffMax}
 * (a 429 waits as long as asked); a call without an answer after {@code timeout} has failed.
 * A message that may have been delivered is sent again only after a {@link #quiet() quiet spell}.
 */
public record DeliveryRules(Duration maxAge, Duration backoffMax, Duration timeout) {
    private static final Duration FIRST = Duration.ofMillis(500);

    public static DeliveryRules of(Settings settings) {
        return new DeliveryRules(settings.deliveryMaxAge(), settings.deliveryBackoffMax(), settings.deliveryTimeout());
    }

    /**
     * How long no call of a channel may have failed (not taken, or unsure) before a message that
     * may have been delivered is sent again: the longest wait between tries plus a call's timeout,
     * so that a spell this long without a failure means no message is being retried, not merely
     * that the tries in flight have not failed yet.
     */
    public Duration quiet() {
        return backoffMax.plus(timeout);
    }

    /** The wait after the {@code failures}-th failure that backs off. */
    Duration backoff(int failures) {
        Duration wait = FIRST.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
