package be.duaalbot.channel.web;

import be.duaalbot.answer.Answer;
import be.duaalbot.channel.http.ChannelRoutes;
import be.duaalbot.channel.http.Gate;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.OneScreen;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The chat page at {@code /}: a thin adapter like the other channels. The page (plain HTML, CSS
 * and a script, in the jar: no build step) posts {@code {"q": ..., "tab": ...}} to
 * {@code /web/ask}; the answer comes back as JSON the page inserts as text. Each browser tab
 * names its own conversation (a random id kept in the tab's sessionStorage), held in the
 * service's bounded conversations like a Telegram chat; nothing else is kept. Questions pass the
 * same {@link Gate} as {@code /api/ask}.
 */
public final class WebChannel implements ChannelRoutes {
    static final String NAME = "web";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A tab's id: what the page makes (a UUID), and nothing that could grow a key without bound. */
    private static final Pattern TAB = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final AnswerService service;
    private final WebFormat format;
    private final Assets assets = new Assets();

    public WebChannel(AnswerService service, boolean charts) {
        this.service = service;
        this.format = new WebFormat(service.bot(), charts);
    }

    @Override
    public void add(RoutesConfig routes, Gate gate) {
        routes.get("/", ctx -> assets.send(ctx, "index.html"));
        routes.head("/", ctx -> assets.send(ctx, "index.html"));
        for (String name : Assets.NAMES) {
            routes.get("/web/" + name, ctx -> assets.send(ctx, name));
        }
        routes.post("/web/ask", ctx -> ask(ctx, gate));
    }

    private void ask(Context ctx, Gate gate) throws Exception {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            Gate.error(ctx, 415, "POST needs Content-Type: application/json");
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(Gate.body(ctx));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            Gate.error(ctx, 400, "the body is not valid JSON, or has data after it");
            return;
        }
        String question = body == null ? null : body.path("q").asText(null);
        String tab = body == null ? null : body.path("tab").asText("");
        if (!TAB.matcher(tab).matches()) {
            Gate.error(ctx, 400, "the body needs \"tab\": the page's id of its tab, 8 to 64 letters, digits and -");
            return;
        }
        if (!gate.valid(ctx, question) || !gate.admitted(ctx, 1)) {
            return;
        }
        var answered = gate.answer(() -> service.converse(question, tab, NAME));
        if (answered.isEmpty()) {
            Gate.busy(ctx);
            return;
        }
        Answer full = answered.get();
        ctx.contentType("application/json; charset=utf-8").result(format.json(new OneScreen(service.bot()).reply(full), gate));
    }
}
