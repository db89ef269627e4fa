package be.duaalbot.channel.slack;

import be.duaalbot.answer.Answer;
import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.channel.http.Webhook;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.RateLimits;
import be.duaalbot.core.Settings;
import com.github.benmanes.caffeine.cache.Cache;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.MemoryBudget.Store;
import be.duaalbot.core.Weights;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app, on Bolt for Java: mentions answered in their thread, direct messages in the DM,
 * {@code /duaal} answered in its acknowledgement (ephemeral, with a button that posts it in the
 * channel). Socket Mode when an app token is set; otherwise HTTP mode at {@code POST /slack/events}
 * on the service's own server, where Bolt checks every request's signature. A chart follows its
 * answer through the files upload v2 flow, in the same thread or DM. Every call goes to
 * {@code SLACK_API_URL}. An event Slack delivers again (same {@code event_id}) is answered once.
 */
public final class SlackChannel implements be.duaalbot.core.ChatChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SlackChannel.class);
    static final String CHANNEL = "slack";
    static final String EVENTS_PATH = "/slack/events";

    private final Settings settings;
    private final AnswerService service;
    private final App app;
    private final AppConfig config;
    private final ExecutorService workers = new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> daemon(r), (task, pool) -> LOG.warn("slack: too busy, a question was dropped"));
    private final Cache<String, Boolean> seenEvents;
    /** Slash commands (trigger_id) and block actions (trigger_id, action_ts) handled: a replayed request does nothing. */
    private final Cache<String, Boolean> seenActions;
    private volatile SocketModeApp socketMode;
    /** Answers shown ephemerally, for their "post in the channel" button; an hour at most. */
    private final Cache<String, Answer> shown;
    private final java.util.concurrent.atomic.AtomicLong nextShown = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean stopping;
    private final java.util.concurrent.CompletableFuture<Void> ready = new java.util.concurrent.CompletableFuture<>();
    private final RateLimits limits;
    private final Cache<String, Boolean> refused;
    private final ChartRenderer renderer = new ChartRenderer();

    public SlackChannel(Settings settings, AnswerService service) {
        this.settings = settings;
        this.service = service;
        MemoryBudget budget = service.budget();
        this.seenEvents = budget.<String, Boolean>idCache(Store.SLACK_SEEN_EVENTS).expireAfterWrite(Duration.ofHours(1)).build();
        this.seenActions = budget.<String, Boolean>idCache(Store.SLACK_SEEN_ACTIONS).expireAfterWrite(Duration.ofHours(1)).build();
        this.shown = budget.<String, Answer>cache(Store.SLACK_SHOWN, (k, a) -> Weights.answer(a)).expireAfterWrite(Duration.ofHours(1)).build();
        this.refused = budget.<String, Boolean>idCache(Store.SLACK_REFUSED).expireAfterWrite(Duration.ofDays(1)).build();
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl().toString());
        AppConfig.AppConfigBuilder builder = AppConfig.builder().slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(settings.slackBotToken().value())
                .allEventsApiAutoAckEnabled(true).subtypedMessageEventsAutoAckEnabled(true);
        if (settings.slackSigningSecret().isSet()) {
            builder.signingSecret(settings.slackSigningSecret().value());
        }
        this.config = builder.build();
        this.limits = new RateLimits(settings.rateUserPerMinute(), settings.rateChatPerMinute(), budget.bytes(Store.SLACK_RATE_LIMITS));
        this.app = new App(config);
        register();
    }

    /**
     * HTTP mode adds its route to the server (call before it starts); then, in the background and
     * again with backoff while the Web API cannot be reached, the app starts ({@code auth.test})
     * and Socket Mode connects. A Slack outage never stops the service.
     */
    public void start(HttpChannel http) {
        routes(http);
        start();
    }

    private volatile State state = State.STARTING;

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public State state() {
        return state;
    }

    /** In HTTP mode, the events route on the service's server; call before the server starts. */
    public void routes(HttpChannel http) {
        if (!settings.slackSocketModeOn()) {
            SlackRequestParser parser = new SlackRequestParser(config);
            http.webhook(EVENTS_PATH, new Webhook() {
                @Override
                public Webhook.Reply handle(Webhook.Call call) {
                    return run(parser, call);
                }

                @Override
                public int precheck(Webhook.Call headers) {
                    return SlackRequests.fresh(headers, java.time.Instant.now()) ? 0 : 401;
                }
            });
        }
    }

    @Override
    public void start() {
        Thread starter = new Thread(this::connect, "slack-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** Completes once the app has started and, in Socket Mode, connected. */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return ready;
    }

    private void connect() {
        long wait = 1000;
        while (!stopping) {
            try {
                if (refused()) {
                    return;
                }
                if (settings.slackSocketModeOn()) {
                    SocketModeApp socket = new SocketModeApp(settings.slackAppToken().value(), app, SocketModeClient.Backend.JavaWebSocket, 4);
                    socket.startAsync();
                    socketMode = socket;
                } else {
                    app.start();
                }
                state = State.CONNECTED;
                ready.complete(null);
                LOG.info("slack: on ({})", settings.slackSocketModeOn() ? "Socket Mode" : "HTTP mode at " + EVENTS_PATH);
                return;
            } catch (Exception e) {
                LOG.warn("slack: Web API not reachable ({}); trying again in {} s", e.getClass().getSimpleName(), wait / 1000);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = Math.min(wait * 2, 60_000);
            }
        }
    }

    /** Errors that mean a token is wrong, revoked or its app removed: asking again will not help. */
    private static final java.util.Set<String> REFUSALS = java.util.Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type");

    /**
     * Asks Slack whether it takes the tokens (auth.test, and apps.connections.open for Socket Mode).
     * A refusal is final: one line naming the setting, never its value, the channel failed, no retries.
     */
    private boolean refused() throws java.io.IOException, com.slack.api.methods.SlackApiException {
        var methods = app.slack().methods();
        String botError = methods.authTest(r -> r.token(settings.slackBotToken().value())).getError();
        String appError = settings.slackSocketModeOn()
                ? methods.appsConnectionsOpen(r -> r.token(settings.slackAppToken().value())).getError() : null;
        // Set.of refuses contains(null): a null error means "ok"
        String setting = botError != null && REFUSALS.contains(botError) ? "SLACK_BOT_TOKEN"
                : appError != null && REFUSALS.contains(appError) ? "SLACK_APP_TOKEN" : null;
        if (setting == null) {
            return false;
        }
        String error = setting.equals("SLACK_BOT_TOKEN") ? botError : appError;
        state = State.failed(setting + " refused by Slack (" + error + ")");
        LOG.error("slack: Slack refused {} ({}); Slack stays off until the setting is fixed", setting, error);
        ready.completeExceptionally(new IllegalStateException(state.toString()));
        return true;
    }

    @Override
    public void stop() {
        stopping = true;
        try {
            if (socketMode != null) {
                socketMode.close();
            }
            app.stop();
        } catch (Exception e) {
            LOG.warn("slack: did not stop cleanly ({})", e.getClass().getSimpleName());
        }
        workers.shutdown();
        try {
            workers.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Webhook.Reply run(SlackRequestParser parser, Webhook.Call call) {
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(EVENTS_PATH)
                .queryString(call.query()).headers(new RequestHeaders(call.headers())).requestBody(call.body())
                .remoteAddress("").build());
        if (request == null) {
            return Webhook.Reply.status(400);
        }
        try {
            Response response = app.run(request);
            return new Webhook.Reply(response.getStatusCode(), response.getContentType(), response.getBody());
        } catch (Exception e) {
            LOG.warn("slack: a request failed ({})", e.getClass().getSimpleName());
            return Webhook.Reply.status(500);
        }
    }

    /** What to do with a question from a team, channel and user: answer it, say no once, or say nothing. */
    private enum Admission { ANSWER, REFUSE, SLOW_DOWN, SILENCE }

    /**
     * Allow-lists first (a team or channel not on them is refused once per channel; a DM needs only
     * its team), then the rate per user and per channel. Nothing of the message is logged.
     */
    private Admission admit(String team, String channel, String user, boolean direct) {
        boolean allowed = Settings.allowed(settings.slackAllowedTeams(), team)
                && (direct || Settings.allowed(settings.slackAllowedChannels(), channel));
        if (!allowed) {
            boolean first = refused.asMap().putIfAbsent(channel == null ? "" : channel, Boolean.TRUE) == null;
            LOG.info("slack: refused team {} channel {} (not on the allow-lists)", team, channel);
            return first ? Admission.REFUSE : Admission.SILENCE;
        }
        return switch (limits.check(CHANNEL, user, channel)) {
            case ALLOW -> Admission.ANSWER;
            case REFUSE_POLITELY -> Admission.SLOW_DOWN;
            case IGNORE -> Admission.SILENCE;
        };
    }

    /** Answers, or posts the one refusal the admission calls for. */
    private void handle(MethodsClient client, String team, String channel, String thread, String user, boolean direct, String question) {
        Admission admission = admit(team, channel, user, direct);
        if (admission != Admission.ANSWER) {
            count("refused");
        }
        if (admission == Admission.ANSWER) {
            answer(client, channel, thread, question);
        } else if (admission != Admission.SILENCE) {
            String key = admission == Admission.REFUSE ? "refused" : "rate.limited";
            workers.execute(() -> SlackPoster.post(client, channel, thread,
                    service.bot().texts().text(be.duaalbot.data.Language.NL, key) + " / "
                            + service.bot().texts().text(be.duaalbot.data.Language.EN, key), null, this::count));
        }
    }

    private void register() {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (firstTime(payload.getEventId()) && e.getBotId() == null) {
                String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
                String question = e.getText() == null ? "" : e.getText().replaceAll("<@[A-Z0-9]+(\\|[^>]*)?>", " ").strip();
                handle(ctx.client(), payload.getTeamId(), e.getChannel(), thread, e.getUser(), false, question);
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if ("im".equals(e.getChannelType()) && e.getBotId() == null && e.getSubtype() == null
                    && firstTime(payload.getEventId())) {
                handle(ctx.client(), payload.getTeamId(), e.getChannel(), e.getThreadTs(), e.getUser(), true,
                        e.getText() == null ? "" : e.getText());
            }
            return ctx.ack();
        });
        app.command("/duaal", (req, ctx) -> {
            var p = req.getPayload();
            if (!firstAction("command:" + p.getTriggerId())) {
                return ctx.ack();
            }
            Admission admission = admit(p.getTeamId(), p.getChannelId(), p.getUserId(), false);
            if (admission != Admission.ANSWER) {
                String key = admission == Admission.SLOW_DOWN ? "rate.limited" : "refused";
                return admission == Admission.SILENCE ? ctx.ack()
                        : ctx.ack(r -> r.responseType("ephemeral").text(service.bot().texts().text(be.duaalbot.data.Language.NL, key)));
            }
            Answer a = service.converse(p.getText() == null ? "" : p.getText(), p.getChannelId() + ":" + p.getUserId(), CHANNEL);
            String post = service.bot().texts().text(a.language(), "slack.post");
            String key = "a" + nextShown.incrementAndGet();
            shown.put(key, a);
            return ctx.ack(r -> r.responseType("ephemeral").text(a.text()).blocks(BlockKit.blocks(a, service.bot().data(), post, key)));
        });
        app.blockAction(BlockKit.POST_ACTION, (req, ctx) -> {
            var p = req.getPayload();
            if (!firstAction("action:" + p.getTriggerId() + ":" + p.getActions().get(0).getActionTs())) {
                return ctx.ack();
            }
            // the answer the user saw, follow-up context and all, not the question asked again
            Answer a = shown.getIfPresent(p.getActions().get(0).getValue());
            String channelId = p.getChannel() == null ? null : p.getChannel().getId();
            String team = p.getTeam() == null ? null : p.getTeam().getId();
            if (a != null && admit(team, channelId, p.getUser() == null ? null : p.getUser().getId(), false) == Admission.ANSWER) {
                ctx.respond(r -> r.responseType("in_channel").text(a.text()).blocks(BlockKit.blocks(a, service.bot().data(), null, null)));
            }
            return ctx.ack();
        });
    }

    /** Answers on the channel's own executor, so the event is acknowledged within Slack's three seconds. */
    private void answer(MethodsClient client, String channel, String thread, String question) {
        workers.execute(() -> {
            String key = channel + ":" + (thread == null ? "" : thread);
            Answer a = service.converse(question, key, CHANNEL);
            SlackPoster.post(client, channel, thread, a.text(), BlockKit.blocks(a, service.bot().data(), null, null), this::count);
            if (settings.charts() && a.chart().isPresent()) {
                try {
                    SlackPoster.upload(client, channel, thread, a.chart().get().title(),
                            renderer.png(a.chart().get(), a.language().locale()));
                } catch (RuntimeException e) {
                    LOG.warn("slack: a chart could not be drawn ({}); the answer stands without it", e.getClass().getSimpleName());
                }
            }
        });
    }

    private void count(String outcome) {
        service.message(CHANNEL, outcome);
    }

    /** False for a request seen before: a replay within the signature's five minutes. */
    private boolean firstAction(String key) {
        return seenActions.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    private boolean firstTime(String eventId) {
        return eventId == null || seenEvents.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "slack-worker");
        t.setDaemon(true);
        return t;
    }
}
