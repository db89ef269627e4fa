package be.duaalbot.channel.slack;

import be.duaalbot.channel.http.Webhook;
import java.time.Duration;
import java.time.Instant;

/**
 * What can be checked of a Slack request from its headers, before its body is read: it is
 * signed, and its timestamp is within five minutes of now, in the past or the future (Bolt
 * checks only the past, so a request dated next year would be accepted and replayable).
 * Bolt then checks the signature itself against the body.
 */
final class SlackRequests {
    static final Duration WINDOW = Duration.ofMinutes(5);

    private SlackRequests() {
    }

    static boolean fresh(Webhook.Call headers, Instant now) {
        String signature = headers.header("X-Slack-Signature");
        String timestamp = headers.header("X-Slack-Request-Timestamp");
        if (signature == null || !signature.startsWith("v0=") || timestamp == null) {
            return false;
        }
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(now.getEpochSecond() - seconds) <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
