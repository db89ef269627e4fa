package be.duaalbot.channel.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies read by us, never by the framework: at most {@link #MAX_BYTES} whether the
 * client sends a Content-Length or chunks (a larger Content-Length is refused unread), and
 * within {@link #MAX_MILLIS} in all, so a client that trickles its body cannot hold a thread.
 */
final class Bodies {
    /** 64 KB: a question is at most 1,000 characters; a Slack or Telegram payload a few KB. */
    static final int MAX_BYTES = 64 * 1024;
    static final long MAX_MILLIS = 10_000;

    /** Why a body was not read: the status and message to answer with. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private Bodies() {
    }

    static String read(Context ctx) throws Refused {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        byte[] buffer = new byte[(int) (declared >= 0 ? declared : 8192)];
        int length = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            while (true) {
                if (length == buffer.length) {
                    if (length >= MAX_BYTES + 1) {
                        throw tooLarge();
                    }
                    buffer = java.util.Arrays.copyOf(buffer, Math.min(MAX_BYTES + 1, length * 2 + 1));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
                if (length > MAX_BYTES) {
                    throw tooLarge();
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new Refused(408, "the body took longer than " + MAX_MILLIS / 1000 + " s");
                }
            }
        } catch (IOException e) {
            throw new Refused(400, "the body could not be read");
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private static Refused tooLarge() {
        return new Refused(413, "request body over " + MAX_BYTES / 1024 + " KB");
    }
}
