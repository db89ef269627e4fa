package be.duaalbot.channel.slack;

import be.duaalbot.channel.Connector;
import be.duaalbot.channel.delivery.DeliveryRules;
import be.duaalbot.channel.delivery.Outbox;
import be.duaalbot.channel.delivery.SentMark;
import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.Webhook;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Settings;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
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

    private final SlackSettings slack;
    private final App app;
    /** Added when the app starts: Bolt's {@code use} builds its own middleware first, which calls {@code auth.test}. */
    private final AdmissionMiddleware admission;
    private boolean admissionAdded;
    private final AppConfig config;
    /** Full: refused, so the event is not acknowledged and Slack delivers it again ({@link SlackEvents}). */
    private final ExecutorService workers = new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> daemon(r), new ThreadPoolExecutor.AbortPolicy());
    private final Outbox outbox;
    private volatile SocketModeApp socketMode;
    private final Connector connector = new Connector(CHANNEL, LOG, this::connect,
            e -> "Web API not reachable (" + e.getClass().getSimpleName() + ")");

    public SlackChannel(Settings settings, AnswerService service) {
        this.slack = SlackSettings.of(settings);
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(slack.apiUrl().toString());
        DeliveryRules rules = DeliveryRules.of(settings);
        // bounded by the delivery timeout, no silent retries, and telling a request that went out from one that did not
        var http = new SlackHttpClient(SentMark.client(SlackHttpClient.buildOkHttpClient(slackConfig).newBuilder(), rules.timeout()).build());
        AppConfig.AppConfigBuilder builder = AppConfig.builder().slack(Slack.getInstance(slackConfig, http))
                .singleTeamBotToken(slack.botToken().value())
                .allEventsApiAutoAckEnabled(true).subtypedMessageEventsAutoAckEnabled(true);
        if (slack.signingSecret().isSet()) {
            builder.signingSecret(slack.signingSecret().value());
        }
        this.config = builder.build();
        this.app = new App(config);
        SlackAsk ask = new SlackAsk(settings, service);
        SlackButtons buttons = new SlackButtons(service.budget());
        this.outbox = new Outbox(CHANNEL, rules, service.budget().bytes(SlackModule.OUTBOX),
                Duration.ZERO, SlackFailures::classify, ask::count);
        Delivery delivery = new Delivery(service.bot(), buttons, settings.charts(), outbox);
        this.admission = new AdmissionMiddleware(ask, delivery, workers);
        new SlackEvents(ask, delivery, workers).register(app);
        new SlackInteractions(ask, delivery, buttons, workers).register(app);
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

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public State state() {
        return connector.state();
    }

    /** In HTTP mode, the events route on the service's server; call before the server starts. */
    public void routes(HttpChannel http) {
        if (!slack.socketModeOn()) {
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
        connector.start();
    }

    /** Completes once the app has started and, in Socket Mode, connected. */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return connector.ready();
    }

    /** The app started (auth.test) and, in Socket Mode, connected; {@link Connector} backs off while the Web API is unreachable. */
    private Connector.Outcome connect() throws Exception {
        Connector.Outcome refused = refused();
        if (refused != null) {
            return refused;
        }
        if (!admissionAdded) {
            app.use(admission);
            admissionAdded = true;
        }
        if (slack.socketModeOn()) {
            SocketModeApp socket = new SocketModeApp(slack.appToken().value(), app, SocketModeClient.Backend.JavaWebSocket, 4);
            socket.startAsync();
            socketMode = socket;
        } else {
            app.start();
        }
        return Connector.Outcome.connected("slack: on (" + (slack.socketModeOn() ? "Socket Mode" : "HTTP mode at " + EVENTS_PATH) + ")");
    }

    /** Errors that mean a token is wrong, revoked or its app removed: asking again will not help. */
    private static final java.util.Set<String> REFUSALS = java.util.Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type");

    /**
     * Asks Slack whether it takes the tokens (auth.test, and apps.connections.open for Socket Mode).
     * A refusal is final: one line naming the setting, never its value, the channel failed, no retries.
     */
    private Connector.Outcome refused() throws java.io.IOException, com.slack.api.methods.SlackApiException {
        var methods = app.slack().methods();
        String botError = methods.authTest(r -> r.token(slack.botToken().value())).getError();
        String appError = slack.socketModeOn()
                ? methods.appsConnectionsOpen(r -> r.token(slack.appToken().value())).getError() : null;
        // Set.of refuses contains(null): a null error means "ok"
        String setting = botError != null && REFUSALS.contains(botError) ? "SLACK_BOT_TOKEN"
                : appError != null && REFUSALS.contains(appError) ? "SLACK_APP_TOKEN" : null;
        if (setting == null) {
            return null;
        }
        String error = setting.equals("SLACK_BOT_TOKEN") ? botError : appError;
        return Connector.Outcome.refused(setting + " refused by Slack (" + error + ")",
                "slack: Slack refused " + setting + " (" + error + "); Slack stays off until the setting is fixed");
    }

    @Override
    public void stop() {
        connector.stop();
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
            if (!workers.awaitTermination(3, TimeUnit.SECONDS)) {
                workers.shutdownNow(); // a worker waiting for room in the outbox
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close(Duration.ofSeconds(2));
    }

    private Webhook.Reply run(SlackRequestParser parser, Webhook.Call call) {
        if (!ready().isDone() || ready().isCompletedExceptionally()) {
            // not started (or its token refused), so not admitting: Slack delivers again later
            return Webhook.Reply.status(503);
        }
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

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "slack-worker");
        t.setDaemon(true);
        return t;
    }
}
