package be.duaalbot.channel.telegram;

import be.duaalbot.channel.Connector;
import be.duaalbot.channel.delivery.DeliveryRules;
import be.duaalbot.channel.delivery.Outbox;
import be.duaalbot.channel.delivery.SentMark;
import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.Webhook;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Settings;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The Telegram channel: who the bot is ({@code getMe}), its command menu, and updates by long
 * polling or, when {@code TELEGRAM_WEBHOOK_URL} is set, at {@code POST /telegram/webhook} on the
 * service's server (checked against {@code X-Telegram-Bot-Api-Secret-Token}). Start-up retries
 * in the background while the Bot API cannot be reached; updates are handled on the channel's
 * own bounded executor, never on the polling thread. The token appears in no log line.
 */
public final class TelegramChannel implements be.duaalbot.core.ChatChannel {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
    static final String WEBHOOK_PATH = "/telegram/webhook";

    private final Settings settings;
    private final TelegramSettings telegram;
    private final TelegramUrl url;
    private final OkHttpTelegramClient client;
    /** Updates waiting for a worker: bounded, so a flood waits upstream (at Telegram) rather than in our heap. */
    static final int QUEUED = 1000;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "telegram-poll"));
    private final TelegramReplies replies;
    private final be.duaalbot.core.MemoryBudget budget;
    /** Chats that said /grafiek uit; bounded by the memory budget, and forgotten after a month. */
    private final java.util.Set<Long> chartsOff;
    private final Outbox outbox;
    private final DeliveryRules rules;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile UpdateHandler handler;
    private volatile TelegramBotsLongPollingApplication polling;
    private final Connector connector = new Connector(name(), LOG, this::connect, TelegramChannel::failure);

    public TelegramChannel(Settings settings, AnswerService service) {
        this.settings = settings;
        this.telegram = TelegramSettings.of(settings);
        this.url = telegramUrl(telegram.apiUrl());
        this.rules = DeliveryRules.of(settings);
        this.client = new OkHttpTelegramClient(sendingClient(rules), telegram.botToken().value(), url);
        // a full queue refuses (AbortPolicy): the webhook then answers 503 so Telegram delivers the
        // update again, and long polling waits for room instead of fetching more
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(QUEUED),
                r -> daemon(r, "telegram-worker"), new ThreadPoolExecutor.AbortPolicy());
        pool.prestartAllCoreThreads();
        this.workers = pool;
        this.replies = new TelegramReplies(service);
        this.budget = service.budget();
        this.outbox = new Outbox(name(), rules, budget.bytes(TelegramModule.OUTBOX), Sender.OVERALL,
                TelegramFailures::classify, outcome -> service.message(name(), outcome));
        this.chartsOff = java.util.Collections.newSetFromMap(budget.<Long, Boolean>idCache(
                TelegramModule.CHARTS_OFF).expireAfterWrite(java.time.Duration.ofDays(30)).build().asMap());
    }

    /** Registers the webhook route (webhook mode) and starts in the background; returns at once. */
    public void start(HttpChannel http) {
        routes(http);
        start();
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public State state() {
        return connector.state();
    }

    /** In webhook mode, the route on the service's server; call before the server starts. */
    public void routes(HttpChannel http) {
        if (telegram.webhook() && http != null) {
            http.webhook(WEBHOOK_PATH, new Webhook() {
                @Override
                public Webhook.Reply handle(Webhook.Call call) {
                    return Webhook.Reply.status(status(call));
                }

                @Override
                public int precheck(Webhook.Call headers) {
                    return authentic(headers) ? 0 : 401;
                }
            });
        }
    }

    @Override
    public void start() {
        connector.start();
    }

    /** Completes once the bot knows itself, has its menu and receives updates. */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return connector.ready();
    }

    @Override
    public void stop() {
        connector.stop();
        try {
            if (polling != null) {
                polling.close();
            }
        } catch (Exception e) {
            LOG.warn("telegram: polling did not stop cleanly ({})", e.getClass().getSimpleName());
        }
        poller.shutdownNow();
        workers.shutdown();
        try {
            poller.awaitTermination(3, TimeUnit.SECONDS);
            if (!workers.awaitTermination(3, TimeUnit.SECONDS)) {
                workers.shutdownNow(); // a worker waiting for room in the outbox
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close(java.time.Duration.ofSeconds(2));
    }

    /**
     * The long poller's client: a connect bounded by the delivery timeout, a read by Telegram's 50 s
     * of holding getUpdates plus that (the library's 75 s connect and 100 s read left the bot deaf
     * that long after an outage whose connects hung).
     */
    private static okhttp3.OkHttpClient pollingClient(DeliveryRules rules) {
        long millis = rules.timeout().toMillis();
        return new okhttp3.OkHttpClient.Builder().connectTimeout(millis, TimeUnit.MILLISECONDS)
                .writeTimeout(millis, TimeUnit.MILLISECONDS).readTimeout(50_000 + millis, TimeUnit.MILLISECONDS).build();
    }

    /**
     * The client of every call but getUpdates: bounded by the delivery timeout, telling a request
     * that went out from one that did not, and reading error pages as errors; as many calls at once
     * as there are senders (OkHttp's default is 5 a host, which a few hanging calls would fill).
     */
    private static okhttp3.OkHttpClient sendingClient(DeliveryRules rules) {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequestsPerHost(16);
        return SentMark.client(new okhttp3.OkHttpClient.Builder(), rules.timeout()).addInterceptor(new ErrorPages())
                .dispatcher(dispatcher).build();
    }

    /** Until it works: who am I, the command menu, then updates ({@link Connector} backs off while the API is unreachable). */
    private Connector.Outcome connect() throws Exception {
        try {
            User me = client.execute(new GetMe());
            handler = handler(me);
            receive();
            return Connector.Outcome.connected("telegram: on as @" + me.getUserName() + " (" + (telegram.webhook() ? "webhook" : "long polling") + ")");
        } catch (org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code == null || (code != 401 && code != 404)) {
                throw e;
            }
            // a token the Bot API refuses (401; 404 for one of the wrong form) stays refused
            return Connector.Outcome.refused("TELEGRAM_BOT_TOKEN refused by the Bot API (" + code + ")",
                    "telegram: the Bot API refused TELEGRAM_BOT_TOKEN (" + code + "); Telegram stays off until the setting is fixed");
        }
    }

    private static String failure(Exception e) {
        return e instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException api
                ? "Bot API answered " + api.getErrorCode() : "Bot API not reachable (" + e.getClass().getSimpleName() + ")";
    }

    /** The handler and its parts, once the bot knows its name; the command menus from the same declarations. */
    private UpdateHandler handler(User me) throws Exception {
        Sender sender = new Sender(client, outbox, rules.timeout());
        Buttons buttons = new Buttons(me.getUserName(), budget);
        Answering answering = new Answering(replies, sender, buttons, settings.charts(), chartsOff);
        List<TelegramCommand> commands = new Commands(replies, sender, answering, chartsOff, client).all();
        new CommandMenu(client, replies).register(commands);
        return new UpdateHandler(new UpdateHandler.Parts(me.getUserName(), me.getId(), replies, sender, buttons, answering,
                new InlineAnswers(replies, client), commands), settings, budget);
    }

    private void receive() throws Exception {
        if (telegram.webhook()) {
            client.execute(SetWebhook.builder().url(telegram.webhookUrl())
                    .secretToken(telegram.webhookSecret().value()).build());
            return;
        }
        // our own poller thread, so that a stop ends it (the library's close does not end its executor)
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> pollingClient(rules), () -> poller, PollingBackOff::create);
        app.registerBot(telegram.botToken().value(), () -> url, new DefaultGetUpdatesGenerator(), this::consume);
        polling = app;
    }

    /** Long polling: waits for room in the queue, so the poller fetches no more than can be handled (back-pressure). */
    private void consume(List<Update> updates) {
        UpdateHandler h = handler;
        try {
            for (Update update : updates) {
                workers.getQueue().put(() -> h.handle(update));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The secret token, from the headers alone: an update without it is refused before its body is read. */
    private boolean authentic(Webhook.Call call) {
        String secret = telegram.webhookSecret().value();
        String given = call.header("X-Telegram-Bot-Api-Secret-Token");
        return !secret.isEmpty() && given != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private int status(Webhook.Call call) {
        String body = call.body();
        if (!authentic(call)) {
            return 401;
        }
        UpdateHandler h = handler;
        if (h == null) {
            return 503;
        }
        try {
            Update update = json.readValue(body, Update.class);
            workers.execute(() -> h.handle(update));
            return 200;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("telegram: too busy; an update is refused with 503 and Telegram will deliver it again");
            return 503;
        } catch (Exception e) {
            return 400;
        }
    }

    private static TelegramUrl telegramUrl(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
