package be.duaalbot.channel.http;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Weights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code GET /api/ask?q=...} and {@code POST /api/ask} with {@code {"q": "..."}}: the same JSON
 * as {@code ask --json}. A missing or empty {@code q} or bad JSON is a 400, a question over the
 * limit a 413, each with a JSON body naming the problem.
 */
final class AskRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL = "http";

    private final AnswerService service;
    private final boolean charts;
    private final ChartRenderer renderer = new ChartRenderer();
    /** The JSON of answers the service's cache holds, by the answer itself: it goes when the answer does. */
    private final com.github.benmanes.caffeine.cache.Cache<Answer, byte[]> json;

    AskRoutes(AnswerService service, boolean charts) {
        this.service = service;
        this.charts = charts;
        this.json = service.budget().<Answer, byte[]>cache(MemoryBudget.Store.ANSWER_JSON, (a, b) -> Weights.ENTRY + 16 + b.length)
                .weakKeys().build();
    }

    void get(Context ctx) {
        answer(ctx, ctx.queryParam("q"));
    }

    /** {@code GET /api/chart?q=...}: the answer's chart as PNG, or 404 with a JSON error when it has none. */
    void chart(Context ctx) {
        String question = ctx.queryParam("q");
        if (!valid(ctx, question)) {
            return;
        }
        Answer answer = service.ask(question, CHANNEL);
        if (!charts || answer.chart().isEmpty()) {
            HttpChannel.error(ctx, HttpStatus.NOT_FOUND, charts ? "no chart for this question: it has no series, ranking or comparison"
                    : "charts are turned off (DUAALBOT_CHARTS)");
            return;
        }
        ctx.contentType("image/png").result(renderer.png(answer.chart().get(), answer.language().locale()));
    }

    void post(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (Exception e) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "the body is not valid JSON");
            return;
        }
        if (body == null || !body.isObject() || !body.path("q").isTextual()) {
            HttpChannel.error(ctx, HttpStatus.BAD_REQUEST, "the body must be a JSON object with a text field \"q\"");
            return;
        }
        answer(ctx, body.get("q").asText());
    }

    private void answer(Context ctx, String question) {
        if (valid(ctx, question)) {
            Answer answer = service.ask(question, CHANNEL);
            byte[] body = json.get(answer, a -> AnswerJson.line(a).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.contentType("application/json; charset=utf-8").result(body);
        }
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
