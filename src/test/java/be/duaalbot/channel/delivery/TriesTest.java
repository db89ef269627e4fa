package be.duaalbot.channel.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a message's tries decide after each kind of failure, on a clock the test moves. */
class TriesTest {
    private static final DeliveryRules RULES = new DeliveryRules(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
    private final List<String> outcomes = new ArrayList<>();

    @Test
    void aMessageNotTakenIsTriedAgainBackingOffToTheCeilingUntilItsAgeThenDropped() {
        Tries tries = new Tries(0);
        long now = 0;
        Duration previous = Duration.ZERO;
        Duration wait;
        while ((wait = tries.after(Failure.notTaken(), now, RULES, "test", outcomes::add)) != null) {
            assertTrue(wait.compareTo(previous) >= 0 && wait.compareTo(RULES.backoffMax()) <= 0, wait + " after " + previous);
            previous = wait;
            now += wait.toNanos();
        }
        assertEquals(RULES.backoffMax(), previous, "the waits reach the ceiling");
        assertTrue(now <= RULES.maxAge().toNanos(), "no try past the age");
        assertTrue(now + RULES.backoffMax().toNanos() > RULES.maxAge().toNanos(), "given up before its age");
        assertEquals("dropped", outcomes.get(outcomes.size() - 1));
        assertTrue(outcomes.subList(0, outcomes.size() - 1).stream().allMatch("retried"::equals), outcomes.toString());
    }

    @Test
    void aSecondUnsureFailureEndsTheTriesSoAChatSeesOneDuplicateAtMost() {
        Tries tries = new Tries(0);
        assertEquals(RULES.backoff(1), tries.after(Failure.unsure(), 0, RULES, "test", outcomes::add));
        assertEquals(RULES.backoff(2), tries.after(Failure.notTaken(), 0, RULES, "test", outcomes::add), "not taken: not counted as unsure");
        assertNull(tries.after(Failure.unsure(), 0, RULES, "test", outcomes::add));
        assertEquals(List.of("retried", "retried", "failed"), outcomes);
    }

    @Test
    void aRateLimitWaitsAsLongAsAskedEvenPastTheCeilingAndARefusalEndsAtOnce() {
        Duration asked = RULES.backoffMax().multipliedBy(2);
        assertEquals(asked, new Tries(0).after(Failure.rateLimited(asked), 0, RULES, "test", outcomes::add));
        assertNull(new Tries(0).after(Failure.rateLimited(RULES.maxAge().plusSeconds(1)), 0, RULES, "test", outcomes::add),
                "a wait past the age drops it now");
        assertNull(new Tries(0).after(Failure.refused(), 0, RULES, "test", outcomes::add));
        assertEquals(List.of("rate_limited", "dropped", "failed"), outcomes);
    }
}
