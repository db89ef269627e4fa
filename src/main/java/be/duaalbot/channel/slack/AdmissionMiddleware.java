package be.duaalbot.channel.slack;

import be.duaalbot.channel.Admission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Admission as Bolt middleware ({@code app.use}), after Bolt's own signature check: a question
 * (a mention, a direct message, {@code /duaal}, a button) from a team or channel off the
 * allow-lists, or over its rate, never reaches a handler. The one notice the admission calls
 * for is posted in the thread, or for the command given as its ephemeral acknowledgement. Every
 * question not answered is counted as {@code refused}.
 */
final class AdmissionMiddleware implements Middleware {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who asks where: the thread is where a notice goes. */
    private record Asker(String team, String channel, String thread, String user, boolean direct) { }

    private final SlackAsk ask;
    private final Delivery delivery;
    private final Executor workers;

    AdmissionMiddleware(SlackAsk ask, Delivery delivery, Executor workers) {
        this.ask = ask;
        this.delivery = delivery;
        this.workers = workers;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Asker asker = asker(req);
        if (asker == null) {
            return chain.next(req);
        }
        Admission.Verdict verdict = ask.admit(asker.team(), asker.channel(), asker.user(), asker.direct());
        if (verdict == Admission.Verdict.ANSWER) {
            return chain.next(req);
        }
        ask.count("refused");
        if (verdict == Admission.Verdict.SILENCE || req.getRequestType() == RequestType.BlockAction) {
            return Response.ok();
        }
        if (req.getRequestType() == RequestType.Command) {
            return Response.json(200, Map.of("response_type", "ephemeral", "text", ask.refusal(verdict)));
        }
        var client = req.getContext().client();
        workers.execute(() -> delivery.notice(client, asker.channel(), asker.thread(), ask.refusal(verdict)));
        return Response.ok();
    }

    /** The asker of a question, or null for anything else (url checks, the App Home, other events, bots). */
    private static Asker asker(Request<?> req) throws Exception {
        if (req instanceof SlashCommandRequest r) {
            var p = r.getPayload();
            return new Asker(p.getTeamId(), p.getChannelId(), null, p.getUserId(), false);
        }
        if (req instanceof BlockActionRequest r) {
            var p = r.getPayload();
            String channel = p.getChannel() == null ? null : p.getChannel().getId();
            return new Asker(p.getTeam() == null ? null : p.getTeam().getId(), channel, null,
                    p.getUser() == null ? null : p.getUser().getId(), channel != null && channel.startsWith("D"));
        }
        if (req.getRequestType() != RequestType.Event) {
            return null;
        }
        JsonNode body = JSON.readTree(req.getRequestBodyAsString());
        JsonNode e = body.path("event");
        boolean mention = "app_mention".equals(e.path("type").asText());
        boolean direct = "message".equals(e.path("type").asText()) && "im".equals(e.path("channel_type").asText())
                && !e.has("subtype");
        if ((!mention && !direct) || e.has("bot_id")) {
            return null;
        }
        String thread = e.hasNonNull("thread_ts") ? e.get("thread_ts").asText() : mention ? e.path("ts").asText() : null;
        return new Asker(body.path("team_id").asText(null), e.path("channel").asText(null), thread,
                e.path("user").asText(null), direct);
    }
}
