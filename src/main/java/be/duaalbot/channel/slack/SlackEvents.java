package be.duaalbot.channel.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.time.Duration;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events: a mention is answered in its thread, a direct message in the DM, the App Home tab is
 * published when opened. Each is acknowledged at once and answered on the workers (Slack's
 * three seconds); an event Slack delivers again (same {@code event_id}) is answered once.
 */
final class SlackEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEvents.class);

    private final SlackAsk ask;
    private final Delivery delivery;
    private final Executor workers;
    private final Cache<String, Boolean> seen;

    SlackEvents(SlackAsk ask, Delivery delivery, Executor workers) {
        this.ask = ask;
        this.seen = ask.service().budget().<String, Boolean>idCache(SlackModule.SEEN_EVENTS)
                .expireAfterWrite(Duration.ofHours(1)).build();
        this.delivery = delivery;
        this.workers = workers;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (firstTime(payload.getEventId()) && e.getBotId() == null) {
                String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
                return handle(ctx.client(), e.getChannel(), thread, e.getText(), payload.getEventId(), ctx.ack());
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if ("im".equals(e.getChannelType()) && e.getBotId() == null && e.getSubtype() == null
                    && firstTime(payload.getEventId())) {
                return handle(ctx.client(), e.getChannel(), e.getThreadTs(), e.getText(), payload.getEventId(), ctx.ack());
            }
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            if ("home".equals(e.getTab()) && firstTime(payload.getEventId())) {
                workers.execute(() -> publish(ctx.client(), e.getUser()));
            }
            return ctx.ack();
        });
    }

    /**
     * Answers in the channel and thread (the admission middleware has let the asker in), on the
     * workers; when they are full the event is not acknowledged (503) and forgotten, so that
     * Slack's next delivery of it is answered: an acknowledged question is never dropped.
     */
    private Response handle(MethodsClient client, String channel, String thread, String text, String eventId, Response ack) {
        String question = SlackText.incoming(text);
        String conversation = channel + ":" + (thread == null ? "" : thread);
        try {
            workers.execute(() -> delivery.answer(client, channel, thread, ask.reply(question, conversation)));
            return ack;
        } catch (RejectedExecutionException e) {
            LOG.warn("slack: too busy; an event is not acknowledged and Slack will deliver it again");
            if (eventId != null) {
                seen.invalidate(eventId);
            }
            return Response.builder().statusCode(503).build();
        }
    }

    private void publish(MethodsClient client, String user) {
        try {
            var r = client.viewsPublish(v -> v.userId(user).view(AppHome.view(ask.service().bot().texts())));
            if (!r.isOk()) {
                LOG.warn("slack: views.publish refused ({})", r.getError());
            }
        } catch (Exception e) {
            LOG.warn("slack: views.publish failed ({})", e.getClass().getSimpleName());
        }
    }

    private boolean firstTime(String eventId) {
        return eventId == null || seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
