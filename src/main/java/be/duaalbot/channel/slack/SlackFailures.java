package be.duaalbot.channel.slack;

import be.duaalbot.channel.delivery.Failure;
import be.duaalbot.channel.delivery.SentMark;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * What a failed Web API call means for its message. An HTTP error says it was not taken: 429
 * waits its {@code Retry-After}, 5xx tries again, any other is refused for good. Of Slack's
 * {@code ok: false} errors, {@code ratelimited}, {@code service_unavailable} and
 * {@code request_timeout} say it was not taken, while {@code internal_error} and {@code fatal_error}
 * say some of it may have been done (Slack's words), as may a request that went out unanswered,
 * or a 200 that is not JSON: those are "unsure", sent once more at most.
 */
final class SlackFailures {
    private static final Set<String> NOT_TAKEN = Set.of("service_unavailable", "request_timeout");
    private static final Set<String> UNSURE = Set.of("internal_error", "fatal_error");

    private SlackFailures() {
    }

    static Failure classify(Exception e) {
        if (e instanceof SlackApiException answered) {
            int code = answered.getResponse().code();
            return code == 429 ? Failure.rateLimited(retryAfter(answered.getResponse().header("Retry-After")))
                    : code >= 500 ? Failure.notTaken() : Failure.refused();
        }
        if (e instanceof SlackPoster.Refused refused) {
            return "ratelimited".equals(refused.error) ? Failure.rateLimited(Duration.ofSeconds(1))
                    : NOT_TAKEN.contains(refused.error) ? Failure.notTaken()
                    : UNSURE.contains(refused.error) ? Failure.unsure() : Failure.refused();
        }
        if (e instanceof SentMark.MaybeDelivered || e instanceof RuntimeException) {
            return Failure.unsure();
        }
        return e instanceof IOException ? Failure.notTaken() : Failure.refused();
    }

    /** Retry-After in seconds; a second when it is missing or a date. */
    private static Duration retryAfter(String header) {
        return Duration.ofSeconds(header != null && header.strip().matches("\\d{1,6}") ? Long.parseLong(header.strip()) : 1);
    }
}
