package be.duaalbot.channel.http;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.AnswerService;
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
 * as {@code ask --json}; with {@code conversation} (a parameter, or a field of the body) the
 * question belongs to that conversation, as a chat's do; {@code GET /api/chart?q=...}: the chart as PNG. A missing or empty
 * {@code q}, bad JSON or data after it is a 400, another content type 415, a question over the
 * limit 413. Admission first: a client over its rate, or the service at its limit of answers or
 * renders at once, gets 429 with Retry-After before any work.
 */
final class AskRoutes {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String CHANNEL = "http";
    /** The client's name for its conversation: opaque to the service, never stored (the review keeps a salted hash). */
    private static final String CONVERSATION = "conversation";
    private static final java.util.regex.Pattern CONVERSATION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** A render costs this many requests of a client's allowance. */
    private static final int CHART_COST = 10;

    private final AnswerService service;
    private final boolean charts;
    private final Gate gate;
    private final ChartRenderer renderer = new ChartRenderer();
    /** The JSON of answers the service's cache holds, by the answer itself: it goes when the answer does. */
    private final com.github.benmanes.caffeine.cache.Cache<Answer, byte[]> json;

    AskRoutes(AnswerService service, boolean charts, Gate gate) {
        this.service = service;
        this.charts = charts;
        this.gate = gate;
        this.json = service.budget().<Answer, byte[]>cache(MemoryBudget.Store.ANSWER_JSON, (a, b) -> Weights.ENTRY + 16 + b.length)
                .weakKeys().build();
    }

    void get(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.equals("json")) {
            answer(ctx, ctx.queryParam("q"), ctx.queryParam(CONVERSATION));
        } else if (format.equals("csv")) {
            csv(ctx, ctx.queryParam("q"));
        } else {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "format is json (the default) or csv");
        }
    }

    /** The answer's figures as a CSV download; 404 with a JSON error when it has none. */
    private void csv(Context ctx, String question) {
        if (!gate.valid(ctx, question) || !gate.admitted(ctx, 1)) {
            return;
        }
        gate.answer(() -> service.ask(question, CHANNEL)).ifPresentOrElse(answer -> {
            if (answer.figures().isEmpty()) {
                HttpChannel.error(ctx, HttpStatus.NOT_FOUND, "no figures in this answer to export as CSV");
            } else {
                download(ctx, service.bot().texts().csv(answer));
            }
        }, () -> Gate.busy(ctx));
    }

    /** A CSV as a file to save: its name says what it is, its type what it is made of. */
    private static void download(Context ctx, String csv) {
        ctx.header("Content-Disposition", "attachment; filename=\"duaalbot.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The answer's chart as PNG, or 404 with a JSON error when it has none. */
    void chart(Context ctx) {
        String question = ctx.queryParam("q");
        if (!gate.valid(ctx, question) || !gate.admitted(ctx, CHART_COST)) {
            return;
        }
        Optional<Answer> answer = gate.answer(() -> service.ask(question, CHANNEL));
        if (answer.isEmpty()) {
            Gate.busy(ctx);
        } else if (!charts || answer.get().chart().isEmpty()) {
            HttpChannel.error(ctx, HttpStatus.NOT_FOUND, charts ? "no chart for this question: it has no series, ranking or comparison"
                    : "charts are turned off (DUAALBOT_CHARTS)");
        } else {
            Answer a = answer.get();
            gate.render(() -> renderer.png(a.chart().get(), a.language().locale()))
                    .ifPresentOrElse(png -> ctx.contentType("image/png").result(png), () -> Gate.busy(ctx));
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
        if (body == null || !body.isObject() || !body.path("q").isTextual()
                || body.has(CONVERSATION) && !body.get(CONVERSATION).isTextual()) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "the body must be a JSON object with a text field \"q\" "
                    + "(and optionally a text field \"conversation\")");
            return;
        }
        answer(ctx, body.get("q").asText(), body.has(CONVERSATION) ? body.get(CONVERSATION).asText() : null);
    }

    /**
     * Without a conversation, a question on its own, from the cache; with one, a question of that
     * conversation: follow-ups read it, and the review counts it as that conversation's.
     */
    private void answer(Context ctx, String question, String conversation) {
        if (!gate.valid(ctx, question) || !validConversation(ctx, conversation) || !gate.admitted(ctx, 1)) {
            return;
        }
        if (conversation != null) {
            gate.answer(() -> service.converse(question, conversation, CHANNEL)).ifPresentOrElse(
                    answer -> ctx.contentType("application/json; charset=utf-8").result(AnswerJson.line(answer)), () -> Gate.busy(ctx));
            return;
        }
        gate.answer(() -> service.ask(question, CHANNEL)).ifPresentOrElse(answer -> {
            byte[] body = json.get(answer, a -> AnswerJson.line(a).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.contentType("application/json; charset=utf-8").result(body);
        }, () -> Gate.busy(ctx));
    }

    private static boolean validConversation(Context ctx, String conversation) {
        if (conversation == null || CONVERSATION_ID.matcher(conversation).matches()) {
            return true;
        }
        HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "conversation: 1 to 64 characters of A-Z, a-z, 0-9, _ . : -");
        return false;
    }
}
