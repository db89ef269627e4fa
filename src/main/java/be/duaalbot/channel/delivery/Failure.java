package be.duaalbot.channel.delivery;

import java.time.Duration;

/**
 * Why a message did not go, as far as its sender can tell: each platform's sender says which
 * kind a failure is, {@link Tries} decides what to do about it.
 */
public record Failure(Kind kind, Duration retryAfter) {

    public enum Kind {
        /** The platform answered that it did not take it (5xx), or was never reached: try again later. */
        NOT_TAKEN,
        /** 429: not taken, and the platform said when to come back ({@code retryAfter}). */
        RATE_LIMITED,
        /**
         * The request went out and no proper answer came back (a timeout, a reset, a reply that is no
         * API answer): the platform may have delivered it, so it is sent once more at most.
         */
        UNSURE,
        /** The platform refused this message (4xx): sending it again would not help. */
        REFUSED
    }

    public static Failure notTaken() {
        return new Failure(Kind.NOT_TAKEN, Duration.ZERO);
    }

    public static Failure rateLimited(Duration retryAfter) {
        return new Failure(Kind.RATE_LIMITED, retryAfter);
    }

    public static Failure unsure() {
        return new Failure(Kind.UNSURE, Duration.ZERO);
    }

    public static Failure refused() {
        return new Failure(Kind.REFUSED, Duration.ZERO);
    }
}
