package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;

/**
 * Issue 16, finding 7: whatever the length of an outage, long polling waits at most 60 s before it
 * asks again, so the bot answers within a minute of the API's return. No time passes here: the
 * back-off is asked for its waits one after the other, as after an outage of any length.
 */
class PollingBackOffTest {

    @Test
    void everyWaitIsAtMostAMinuteAfterAnyNumberOfFailures() {
        BackOff backOff = PollingBackOff.create();
        long first = backOff.nextBackOffMillis();
        assertTrue(first <= 1_000, "first wait " + first);
        long longest = 0;
        for (int i = 0; i < 200; i++) {
            long wait = backOff.nextBackOffMillis();
            assertTrue(wait <= PollingBackOff.CEILING_MILLIS, "wait " + wait + " ms after " + i + " failures");
            longest = Math.max(longest, wait);
        }
        assertTrue(longest > 40_000, "it does back off: " + longest);
    }

    @Test
    void pastTheCeilingOfElapsedTimeTheLibraryWaitsTheCeilingNotFifteenMinutes() {
        ExponentialBackOff backOff = (ExponentialBackOff) PollingBackOff.create();
        assertEquals(PollingBackOff.CEILING_MILLIS, backOff.getMaxElapsedTimeMillis());
        assertTrue(new ExponentialBackOff().getMaxElapsedTimeMillis() > PollingBackOff.CEILING_MILLIS, "the library's default, for contrast");
    }
}
