package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The buckets on a clock the test moves: allow, one polite refusal, silence, and back after the refill. */
class RateLimitsTest {
    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void aUserOverTheLimitIsToldOnceThenIgnoredUntilTheBucketRefills() {
        RateLimits limits = new RateLimits(3, 100, clock, 1 << 20);
        for (int i = 0; i < 3; i++) {
            assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u1", "c1"));
        }
        assertEquals(RateLimits.Decision.REFUSE_POLITELY, limits.check("t", "u1", "c1"));
        assertEquals(RateLimits.Decision.IGNORE, limits.check("t", "u1", "c1"));
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u2", "c1"), "another user in the same chat");
        nanos.addAndGet(20_000_000_000L); // a third of a minute: one token back
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u1", "c1"));
        assertEquals(RateLimits.Decision.IGNORE, limits.check("t", "u1", "c1"), "one notice per minute, not one per refill");
        nanos.addAndGet(40_000_000_000L); // the minute since the notice is over
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u1", "c1"));
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u1", "c1"));
        assertEquals(RateLimits.Decision.REFUSE_POLITELY, limits.check("t", "u1", "c1"), "told again in a new window");
    }

    @Test
    void aGroupIsAllowedNoMoreQuestionsThanItsAnswersCanBeSent() {
        RateLimits limits = new RateLimits(100, 60, clock, 1 << 20);
        for (int i = 0; i < 20; i++) {
            assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "u" + i, "group", 20));
        }
        assertEquals(RateLimits.Decision.REFUSE_POLITELY, limits.check("t", "x", "group", 20));
        assertEquals(RateLimits.Decision.IGNORE, limits.check("t", "y", "group", 20));
    }

    @Test
    void aBusyChatIsLimitedAcrossItsUsers() {
        RateLimits limits = new RateLimits(100, 2, clock, 1 << 20);
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "a", "group"));
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "b", "group"));
        assertEquals(RateLimits.Decision.REFUSE_POLITELY, limits.check("t", "c", "group"));
        assertEquals(RateLimits.Decision.IGNORE, limits.check("t", "d", "group"));
        assertEquals(RateLimits.Decision.ALLOW, limits.check("t", "d", "other chat"));
    }
}
