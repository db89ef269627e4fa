package be.duaalbot.channel.http;

import be.duaalbot.core.Admission;
import be.duaalbot.core.DuaalBot;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one middleware of every route that answers questions, {@code /api/*} and a channel's own
 * pages alike: a question must be there and within the limit, the client within its rate
 * (Bucket4j, by address), and the service below its limit of answers and renders at once;
 * otherwise 400, 413 or 429 with Retry-After and a JSON error, before any work.
 */
public final class Gate {
    private final Admission admission;
    private final ClientLimits clients;

    Gate(Admission admission, ClientLimits clients) {
        this.admission = admission;
        this.clients = clients;
    }

    /** True when the question is there and within the limit; otherwise the error is answered. */
    public boolean valid(Context ctx, String question) {
        if (question == null || question.isBlank()) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "missing question: give q");
            return false;
        }
        if (question.length() > DuaalBot.MAX_QUESTION_LENGTH) {
            HttpChannel.error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                    "question too long: " + question.length() + " characters, at most " + DuaalBot.MAX_QUESTION_LENGTH);
            return false;
        }
        return true;
    }

    /** True when the client may spend {@code cost} requests now; otherwise 429 with Retry-After is answered. */
    public boolean admitted(Context ctx, int cost) {
        long wait = 0;
        for (int i = 0; i < cost && wait == 0; i++) {
            wait = clients.waitSeconds(ctx.ip());
        }
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            HttpChannel.error(ctx, HttpStatus.TOO_MANY_REQUESTS, "too many requests from this client; retry after " + wait + " s");
            return false;
        }
        return true;
    }

    /** The answer's work, or empty when the service answers too many at once (then call {@link #busy}). */
    public <T> Optional<T> answer(Supplier<T> work) {
        return admission.answer(work);
    }

    /** A chart render, or empty when too many run at once. */
    public <T> Optional<T> render(Supplier<T> work) {
        return admission.render(work);
    }

    /**
     * The request's body, read within the server's limits of size and time; a body over them is
     * refused (413, 408) by the server's error handler, unread.
     */
    public static String body(Context ctx) throws Exception {
        return Bodies.read(ctx);
    }

    public static void busy(Context ctx) {
        ctx.header("Retry-After", "1");
        HttpChannel.error(ctx, HttpStatus.TOO_MANY_REQUESTS, "busy: too many answers or charts at once; retry after 1 s");
    }

    /** A JSON error {@code {"error": ..., "status": ...}}, as every route of the server answers. */
    public static void error(Context ctx, int status, String message) {
        HttpChannel.error(ctx, HttpStatus.forStatus(status), message);
    }
}
