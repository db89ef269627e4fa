package be.duaalbot.channel.cli;

import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.slack.SlackChannel;
import be.duaalbot.channel.telegram.TelegramChannel;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code serve}: the long-running service. Loads settings and data (either failing stops the
 * start with one line), starts the HTTP server and every chat channel whose credentials are
 * set, and on SIGTERM stops taking work, lets answers in flight finish and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the service: HTTP API, health, metrics and chat channels.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.fromEnvironment();
        DuaalBot bot = new DuaalBot(DataLoader.load(settings.dataDir()), Clock.systemDefaultZone());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        MemoryBudget budget = MemoryBudget.of(Runtime.getRuntime().maxMemory(), settings.answerCacheMb());
        Conversations conversations = new Conversations(settings.conversations(), settings.conversationIdle(),
                budget.bytes(MemoryBudget.Store.CONVERSATIONS));
        AnswerService service = new AnswerService(bot, registry, budget, conversations);
        HttpChannel http = new HttpChannel(service, registry, settings.stopTimeout(), settings.charts(),
                be.duaalbot.core.Admission.forCores(), settings.rateApiPerMinute());
        TelegramChannel telegram = settings.telegramOn() ? new TelegramChannel(settings, service) : null;
        SlackChannel slack = settings.slackSocketModeOn() || settings.slackHttpOn() ? new SlackChannel(settings, service) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        // the hook first: a SIGTERM that comes while the server starts still ends cleanly
        Thread hook = new Thread(() -> stop(http, telegram, slack, stopped), "duaalbot-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (telegram != null) {
            telegram.start(http);
        }
        if (slack != null) {
            slack.start(http);
        }
        try {
            http.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            // not a stop: the exit status must say it failed, so the hook (which exits 0) goes
            Runtime.getRuntime().removeShutdownHook(hook);
            throw e;
        }
        logChannels(settings);
        LOG.info("duaalbot serving on {}:{} ({} tables)", settings.host(), http.port(), bot.data().tables().size());
        stopped.await();
        return 0;
    }

    private static void logChannels(Settings s) {
        LOG.info("channel http: on (/api/ask, /healthz, /metrics)");
        LOG.info(s.telegramOn() ? "channel telegram: on (" + (s.telegramWebhookUrl().isEmpty() ? "long polling" : "webhook") + ")"
                : "channel telegram: off; set TELEGRAM_BOT_TOKEN to turn it on");
        LOG.info(s.slackSocketModeOn() || s.slackHttpOn() ? "channel slack: on (" + (s.slackSocketModeOn() ? "Socket Mode" : "HTTP mode") + ")"
                : "channel slack: off; set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
    }

    /** On SIGTERM: finish what is in flight, then end with status 0 (the JVM would say 143). */
    private static void stop(HttpChannel http, TelegramChannel telegram, SlackChannel slack, CountDownLatch stopped) {
        LOG.info("stopping: no new requests, finishing those in flight");
        try {
            http.stop();
            if (telegram != null) {
                telegram.stop();
            }
            if (slack != null) {
                slack.stop();
            }
        } finally {
            stopped.countDown();
            LOG.info("stopped");
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                context.stop();
            }
            Runtime.getRuntime().halt(0);
        }
    }
}
