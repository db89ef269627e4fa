package be.duaalbot.channel.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;

/**
 * The long poller's wait after a failed getUpdates: the library's exponential back-off with a
 * ceiling of 60 s. Its defaults grow to 15 minutes (and once 15 minutes have passed it waits
 * that long each time), so after an outage the bot came back up to 14 minutes after the API did.
 */
final class PollingBackOff {
    static final int CEILING_MILLIS = 60_000;

    private PollingBackOff() {
    }

    static BackOff create() {
        // 55 s plus at most 9% of jitter stays under the ceiling; past the ceiling of elapsed time
        // the library returns that ceiling itself
        return new ExponentialBackOff.Builder().setInitialIntervalMillis(500).setMultiplier(2).setRandomizationFactor(0.09)
                .setMaxIntervalMillis(55_000).setMaxElapsedTimeMillis(CEILING_MILLIS).build();
    }
}
