package be.duaalbot.channel.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The Web API calls that put a message into Slack, each one try: it returns when Slack took the
 * message and throws what failed, a {@link SlackApiException} for an HTTP error (429 with
 * {@code Retry-After}, 5xx), an {@link IOException} when no answer came, {@link Refused} when
 * Slack answered {@code ok: false}. Trying again is the outbox's ({@link SlackFailures}).
 */
final class SlackPoster {
    /** Errors that say the message was too big, not that it failed: a smaller form will do. */
    private static final Set<String> TOO_LARGE = Set.of("msg_too_long", "msg_blocks_too_long", "invalid_blocks");

    /** Slack answered {@code ok: false}, with this error. */
    static final class Refused extends Exception {
        final String error;

        Refused(String method, String error) {
            super(method + " refused (" + error + ")");
            this.error = error == null ? "unknown" : error;
        }
    }

    private SlackPoster() {
    }

    /** {@code chat.postMessage}, in the thread when given. */
    static void post(MethodsClient client, String channel, String threadTs, String text, List<LayoutBlock> blocks)
            throws IOException, SlackApiException, Refused {
        var r = client.chatPostMessage(m -> m.channel(channel).threadTs(threadTs).text(text).blocks(blocks));
        if (!r.isOk()) {
            throw new Refused("chat.postMessage", r.getError());
        }
    }

    /**
     * The blocks, or, when Slack refuses them for their size, the plain text: no answer is lost for
     * its form. A refusal says nothing was posted, so trying both again sends no duplicate.
     */
    static void postOrPlain(MethodsClient client, String channel, String threadTs, String text, List<LayoutBlock> blocks)
            throws IOException, SlackApiException, Refused {
        try {
            post(client, channel, threadTs, text, blocks);
        } catch (Refused e) {
            if (blocks == null || !TOO_LARGE.contains(e.error)) {
                throw e;
            }
            post(client, channel, threadTs, text, null);
        }
    }

    /**
     * Uploads a chart into the thread or DM with files upload v2 ({@code files.getUploadURLExternal},
     * the upload, {@code files.completeUploadExternal}), with its figures in words as {@code alt_txt}.
     */
    static void upload(MethodsClient client, String channel, String threadTs, String title, String altText, byte[] png)
            throws IOException, SlackApiException, Refused {
        var r = client.filesUploadV2(u -> u.channel(channel).threadTs(threadTs).fileData(png)
                .filename("duaalbot.png").title(title).altTxt(altText));
        if (!r.isOk()) {
            throw new Refused("files upload", r.getError());
        }
    }
}
