package be.duaalbot.channel.slack;

import be.duaalbot.channel.delivery.Outbox;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
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
     * A file to upload: files upload v2 takes no content type, Slack reads the type from the
     * name's extension ({@code .png}, {@code .csv}); {@code altText} is for an image (null otherwise).
     */
    record Upload(String fileName, String title, String altText, byte[] data) {
        /** About what the file holds in memory while it waits in the outbox. */
        int weight() {
            return data.length + Outbox.weight(title + (altText == null ? "" : altText));
        }
    }

    /**
     * Uploads a file into the thread or DM with files upload v2 ({@code files.getUploadURLExternal},
     * the upload, {@code files.completeUploadExternal}); a chart carries its figures in words as {@code alt_txt}.
     * The file is shared by the last call only, so a failure before it says nothing was shared.
     */
    static void upload(MethodsClient client, String channel, String threadTs, Upload file)
            throws IOException, SlackApiException, Refused {
        try {
            var r = client.filesUploadV2(u -> u.channel(channel).threadTs(threadTs).fileData(file.data()).filename(file.fileName())
                    .title(file.title()).altTxt(file.altText()).requestFileInfo(false));
            if (!r.isOk()) {
                throw new Refused("files upload", r.getError());
            }
        } catch (SlackFilesUploadV2Exception e) {
            throwWhatFailed(e);
        }
    }

    /**
     * The SDK's one exception for every {@code ok: false} of the flow, as the step that failed: its
     * Slack error ({@link Refused}, which the outbox reads as for a message), or for the upload
     * itself an {@link IOException} (not taken: nothing was shared).
     */
    private static void throwWhatFailed(SlackFilesUploadV2Exception e) throws IOException, Refused {
        var complete = e.getCompleteResponse();
        if (complete != null && complete.isOk()) {
            return; // shared; what failed came after it
        }
        if (complete != null) {
            throw new Refused("files.completeUploadExternal", complete.getError());
        }
        for (var upload : e.getUploadResponses().values()) {
            if (upload.getCode() != 200) {
                throw new IOException("file upload answered " + upload.getCode() + "; nothing was shared");
            }
        }
        var urls = e.getGetURLResponses();
        throw new Refused("files.getUploadURLExternal", urls.isEmpty() ? null : urls.get(urls.size() - 1).getError());
    }
}
