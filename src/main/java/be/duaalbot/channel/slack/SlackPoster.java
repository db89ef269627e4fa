package be.duaalbot.channel.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a message with {@code chat.postMessage}, in a thread when given. The synchronous client
 * does not retry: a 429 waits its {@code Retry-After} (up to 30 s), a network error backs off,
 * a few times at most; then the message is logged as lost. An error Slack answered with
 * ({@code ok: false}) is not retried here, since the message may have been taken; it is returned,
 * so that a message refused for its size can be sent again in a smaller form. Each outcome is
 * reported to the caller's counter (the channel's message counters).
 */
final class SlackPoster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
    private static final int ATTEMPTS = 4;
    /** Errors that say the message was too big, not that it failed: a smaller form will do. */
    private static final Set<String> TOO_LARGE = Set.of("msg_too_long", "msg_blocks_too_long", "invalid_blocks");

    private SlackPoster() {
    }

    /**
     * Null when posted (or lost after retries, which is logged); else Slack's error. Every outcome
     * is reported to {@code outcomes} for the channel's message counters: {@code sent}, {@code failed},
     * {@code rate_limited} or {@code retried} per attempt that waits, {@code dropped} when lost.
     */
    static String post(MethodsClient client, String channel, String threadTs, String text, List<LayoutBlock> blocks,
                       Consumer<String> outcomes) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                ChatPostMessageResponse r = client.chatPostMessage(m -> m.channel(channel).threadTs(threadTs)
                        .text(text).blocks(blocks));
                if (!r.isOk()) {
                    LOG.warn("slack: chat.postMessage refused ({})", r.getError());
                    outcomes.accept("failed");
                    return r.getError() == null ? "unknown" : r.getError();
                }
                outcomes.accept("sent");
                return null;
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429 && e.getResponse().code() < 500) {
                    LOG.warn("slack: chat.postMessage failed with status {}", e.getResponse().code());
                    outcomes.accept("failed");
                    return null;
                }
                outcomes.accept(e.getResponse().code() == 429 ? "rate_limited" : "retried");
                sleep(retryAfter(e, attempt));
            } catch (IOException | RuntimeException e) {
                // a network error, or an answer that was not JSON: try again, a few times
                outcomes.accept("retried");
                sleep(500L << attempt);
            }
        }
        LOG.warn("slack: an answer was lost after {} attempts", ATTEMPTS);
        outcomes.accept("dropped");
        return null;
    }

    static boolean tooLarge(String error) {
        return error != null && TOO_LARGE.contains(error);
    }

    /**
     * Uploads a chart into the thread or DM with files upload v2 ({@code files.getUploadURLExternal},
     * the upload, {@code files.completeUploadExternal}), with its figures in words as {@code alt_txt};
     * a failure is logged, the answer stands without it.
     */
    static void upload(MethodsClient client, String channel, String threadTs, String title, String altText, byte[] png) {
        try {
            var r = client.filesUploadV2(u -> u.channel(channel).threadTs(threadTs).fileData(png)
                    .filename("duaalbot.png").title(title).altTxt(altText));
            if (!r.isOk()) {
                LOG.warn("slack: chart upload refused ({})", r.getError());
            }
        } catch (Exception e) {
            LOG.warn("slack: chart upload failed ({})", e.getClass().getSimpleName());
        }
    }

    private static long retryAfter(SlackApiException e, int attempt) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Math.min(30, Long.parseLong(header == null ? "1" : header.strip())) * 1000;
        } catch (NumberFormatException ignored) {
            return 500L << attempt;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
