package be.duaalbot.channel.slack;

import be.duaalbot.core.Reply;
import com.github.benmanes.caffeine.cache.Cache;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@code /duaal} and the buttons. The command answers only its asker (ephemeral); {@code /duaal}
 * alone or {@code /duaal help} gives the usage. "Post in the channel" posts the answer shown,
 * chart and all, and deletes the ephemeral copy; "show all" sends the full answer (in the thread,
 * or ephemerally under an ephemeral answer); "CSV" uploads the figures of the answer it is under as
 * a file in the thread or DM; a next question is answered where its button was.
 * A button whose reply is gone says so in a short ephemeral note. A replayed command or press is
 * acknowledged and does nothing.
 */
final class SlackInteractions {
    private final SlackAsk ask;
    private final Delivery delivery;
    private final SlackButtons buttons;
    private final Executor workers;
    /** Slash commands (trigger_id) and block actions (trigger_id, action_ts) handled: a replayed request does nothing. */
    private final Cache<String, Boolean> seen;

    SlackInteractions(SlackAsk ask, Delivery delivery, SlackButtons buttons, Executor workers) {
        this.ask = ask;
        this.seen = ask.service().budget().<String, Boolean>idCache(SlackModule.SEEN_ACTIONS)
                .expireAfterWrite(Duration.ofHours(1)).build();
        this.delivery = delivery;
        this.buttons = buttons;
        this.workers = workers;
    }

    void register(App app) {
        app.command("/duaal", (req, ctx) -> {
            var p = req.getPayload();
            if (!firstTime("command:" + p.getTriggerId())) {
                return ctx.ack();
            }
            String question = SlackText.incoming(p.getText());
            if (question.isEmpty() || question.toLowerCase(Locale.ROOT).matches("help|hulp|\\?")) {
                return ctx.ack(r -> r.responseType("ephemeral").text(ask.both("usage")));
            }
            Reply reply = ask.reply(question, p.getChannelId() + ":" + p.getUserId());
            return ctx.ack(r -> r.responseType("ephemeral").text(SlackText.fallback(reply.shown())).blocks(delivery.blocks(reply, true)));
        });
        app.blockAction(SlackButtons.POST, (req, ctx) -> pressed(req, ctx, this::post));
        app.blockAction(SlackButtons.ALL, (req, ctx) -> pressed(req, ctx, this::showAll));
        app.blockAction(SlackButtons.CSV, (req, ctx) -> pressed(req, ctx, this::csv));
        app.blockAction(SlackButtons.NEXT, (req, ctx) -> pressed(req, ctx, this::next));
    }

    /** What a button does (its asker admitted by the middleware); false when what it needs is gone. */
    private interface Press {
        boolean run(BlockActionPayload p, SlackButtons.Value value, ActionContext ctx) throws IOException;
    }

    private Response pressed(BlockActionRequest req, ActionContext ctx, Press press) throws IOException {
        BlockActionPayload p = req.getPayload();
        if (!firstTime("action:" + p.getTriggerId() + ":" + p.getActions().get(0).getActionTs())) {
            return ctx.ack();
        }
        SlackButtons.Value value = SlackButtons.Value.of(p.getActions().get(0).getValue());
        if (!press.run(p, value, ctx)) {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(ask.both("button.expired")));
        }
        return ctx.ack();
    }

    private boolean post(BlockActionPayload p, SlackButtons.Value value, ActionContext ctx) throws IOException {
        Optional<Reply> reply = buttons.reply(value.payload());
        if (reply.isEmpty()) {
            return false;
        }
        var shown = reply.get().shown();
        // the buttons of an answer in the channel: "show all" and "CSV" of the full answer too
        ctx.respond(r -> r.responseType("in_channel").replaceOriginal(false).text(SlackText.fallback(shown))
                .blocks(delivery.blocks(reply.get(), false)));
        ctx.respond(r -> r.deleteOriginal(true));
        String channel = p.getChannel().getId();
        workers.execute(() -> delivery.chart(ctx.client(), channel, null, shown));
        return true;
    }

    private boolean showAll(BlockActionPayload p, SlackButtons.Value value, ActionContext ctx) throws IOException {
        Optional<Reply> reply = buttons.reply(value.payload());
        if (reply.isEmpty()) {
            return false;
        }
        if (value.ephemeral()) {
            for (Delivery.Part part : Delivery.parts(reply.get().full())) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(part.text()).blocks(part.blocks()));
            }
        } else {
            String thread = replyThread(p);
            workers.execute(() -> delivery.showAll(ctx.client(), p.getChannel().getId(), thread, reply.get().full()));
        }
        return true;
    }

    /** Only under a message in a channel or DM (a file cannot be posted to an ephemeral message, so it has no such button). */
    private boolean csv(BlockActionPayload p, SlackButtons.Value value, ActionContext ctx) {
        Optional<Reply> reply = buttons.reply(value.payload());
        if (reply.isEmpty()) {
            return false;
        }
        String thread = replyThread(p);
        workers.execute(() -> delivery.csv(ctx.client(), p.getChannel().getId(), thread, reply.get().full()));
        return true;
    }

    private boolean next(BlockActionPayload p, SlackButtons.Value value, ActionContext ctx) throws IOException {
        if (value.payload().isBlank()) {
            return false;
        }
        String channel = p.getChannel().getId();
        if (value.ephemeral()) {
            Reply reply = ask.reply(value.payload(), channel + ":" + p.getUser().getId());
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.fallback(reply.shown()))
                    .blocks(delivery.blocks(reply, true)));
        } else {
            String thread = thread(p);
            workers.execute(() -> delivery.answer(ctx.client(), channel, thread,
                    ask.reply(value.payload(), channel + ":" + (thread == null ? "" : thread))));
        }
        return true;
    }

    /** False for a request seen before: a replay within the signature's five minutes. */
    private boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    private static String thread(BlockActionPayload p) {
        return p.getContainer() == null ? null : p.getContainer().getThreadTs();
    }

    /** Where a button's reply goes: the thread of its message, or a thread under the message. */
    private static String replyThread(BlockActionPayload p) {
        return thread(p) != null ? thread(p) : p.getContainer() == null ? null : p.getContainer().getMessageTs();
    }
}
