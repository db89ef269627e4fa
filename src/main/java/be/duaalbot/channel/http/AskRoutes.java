package be.duaalbot.channel.http;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.Admission;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Weights;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * {@code GET /api/ask?q=...} and {@code POST /api/ask} with {@code {"q": "..."}}: the same JSON
 * as {@code ask --json}; {@code GET /api/chart?q=...}: the chart as PNG. A missing or empty
 * {@code q}, bad JSON or data after it is a 400, another content type 415, a question over the
 * limit 413. Admission first: a client over its rate, or the service at its limit of answers or
 * renders at once, gets 429 with Retry-After before any work.
 */
final class AskRoutes {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String CHANNEL = "http";
    /** A render costs this many requests of a client's allowance. */
    private static final int CHART_COST = 10;

    private final AnswerService service;
    private final boolean charts;
    private final Admission admission;
    private final ClientLimits clients;
    private final ChartRenderer renderer = new ChartRenderer();
    /** The JSON of answers the service's cache holds, by the answer itself: it goes when the answer does. */
    private final com.github.benmanes.caffeine.cache.Cache<Answer, byte[]> json;

    AskRoutes(AnswerService service, boolean charts, Admission admission, ClientLimits clients) {
        this.service = service;
        this.charts = charts;
        this.admission = admission;
        this.clients = clients;
        this.json = service.budget().<Answer, byte[]>cache(MemoryBudget.Store.ANSWER_JSON, (a, b) -> Weights.ENTRY + 16 + b.length)
                .weakKeys().build();
    }

    void get(Context ctx) {
        answer(ctx, ctx.queryParam("q"));
    }

    /** The answer's chart as PNG, or 404 with a JSON error when it has none. */
    void chart(Context ctx) {
        String question = ctx.queryParam("q");
        if (!valid(ctx, question) || !admitted(ctx, CHART_COST)) {
            return;
        }
        Optional<Answer> answer = admission.answer(() -> service.ask(question, CHANNEL));
        if (answer.isEmpty()) {
            busy(ctx);
        } else if (!charts || answer.get().chart().isEmpty()) {
            HttpChannel.error(ctx, HttpStatus.NOT_FOUND, charts ? "no chart for this question: it has no series, ranking or comparison"
                    : "charts are turned off (DUAALBOT_CHARTS)");
        } else {
            Answer a = answer.get();
            admission.render(() -> renderer.png(a.chart().get(), a.language().locale()))
                    .ifPresentOrElse(png -> ctx.contentType("image/png").result(png), () -> busy(ctx));
        }
    }

    void post(Context ctx) throws Bodies.Refused {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            HttpChannel.error(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST needs Content-Type: application/json");
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(Bodies.read(ctx));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "the body is not valid JSON, or has data after it");
            return;
        }
        if (body == null || !body.isObject() || !body.path("q").isTextual()) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "the body must be a JSON object with a text field \"q\"");
            return;
        }
        answer(ctx, body.get("q").asText());
    }

    private void answer(Context ctx, String question) {
        if (!valid(ctx, question) || !admitted(ctx, 1)) {
            return;
        }
        admission.answer(() -> service.ask(question, CHANNEL)).ifPresentOrElse(answer -> {
            byte[] body = json.get(answer, a -> AnswerJson.line(a).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.contentType("application/json; charset=utf-8").result(body);
        }, () -> busy(ctx));
    }

    private boolean admitted(Context ctx, int cost) {
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

    private static void busy(Context ctx) {
        ctx.header("Retry-After", "1");
        HttpChannel.error(ctx, HttpStatus.TOO_MANY_REQUESTS, "busy: too many answers or charts at once; retry after 1 s");
    }

    private static boolean valid(Context ctx, String question) {
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
}
