package be.duaalbot.channel.cli;

import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.ChatModule;
import be.duaalbot.core.Admission;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.ChatChannel;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code serve}: the long-running service. Loads settings and data (either failing stops the
 * start with one line), starts the HTTP server and every chat channel whose credentials are
 * set, says where it listens and which channels are on, and on SIGTERM stops taking work, lets
 * answers in flight finish and exits 0. SIGHUP, or a change in the data directory, reloads the
 * data without a restart ({@link Reloads}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the service: HTTP API, health, metrics and chat channels.")
final class ServeCommand implements Callable<Integer> {
    /** The lines an admin needs at start-up, at every log level: address and channels. */
    private static final Logger CONSOLE = LoggerFactory.getLogger("duaalbot");
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.fromEnvironment();
        MemoryBudget budget = MemoryBudget.of(Runtime.getRuntime().maxMemory(), settings.answerCacheMb());
        be.duaalbot.data.DataVersion version = be.duaalbot.data.DataVersion.of(settings.dataDir(), java.time.Instant.now());
        DuaalBot bot = new DuaalBot(DataLoader.load(settings.dataDir()), version, Clock.systemDefaultZone());
        PrometheusMeterRegistry registry = ServiceMetrics.registry();
        Conversations conversations = new Conversations(settings.conversations(), settings.conversationIdle(),
                budget.bytes(MemoryBudget.Store.CONVERSATIONS));
        AnswerService service = new AnswerService(bot, registry, budget, conversations);
        be.duaalbot.review.Recorder recorder = settings.review().on()
                ? be.duaalbot.review.Recorder.start(settings.review(), bot, budget, registry, Clock.systemUTC()) : null;
        if (recorder != null) {
            service.listen(recorder);
        }
        HttpChannel http = new HttpChannel(service, registry, settings.stopTimeout(), settings.charts(),
                Admission.forCores(), settings.rateApiPerMinute());
        List<ChatChannel> channels = new ArrayList<>();
        List<ChatModule> chats = ChatModule.all();
        List<String> noise = chats.stream().flatMap(m -> m.stopNoise().stream()).distinct().toList();
        for (ChatModule module : chats) {
            module.open(http, service, settings).ifPresent(channels::add);
        }
        List<String> modules = new ArrayList<>();
        for (be.duaalbot.channel.http.HttpModule module : be.duaalbot.channel.http.HttpModule.all()) {
            modules.add(module.install(http, service, settings));
        }
        http.readiness(() -> readiness(channels));
        ServiceMetrics.channels(registry, channels);
        ServiceMetrics.data(registry, bot);
        Reloads.start(new be.duaalbot.core.DataReloader(settings.dataDir(), bot, Clock.systemUTC()));
        CountDownLatch stopped = new CountDownLatch(1);
        // the hook first: a SIGTERM that comes while the server starts still ends cleanly
        Thread hook = new Thread(() -> stop(http, channels, recorder, stopped, noise), "duaalbot-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        channels.forEach(ChatChannel::start);
        try {
            http.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            // not a stop: the exit status must say it failed, so the hook (which exits 0) goes
            Runtime.getRuntime().removeShutdownHook(hook);
            channels.forEach(ChatChannel::stop);
            throw e;
        }
        CONSOLE.info("duaalbot serving on {}:{} ({} tables, data version {}; {})", settings.host(), http.port(),
                bot.data().tables().size(), bot.version().hash(), budget);
        logChannels(settings, chats);
        CONSOLE.info(recorder == null ? "review: off (DUAALBOT_REVIEW=false); no missed question is kept"
                : !recorder.keeping() ? "review: on, but its store could not be opened (see above): missed questions are only counted"
                : "review: missed questions kept in " + settings.review().stateDir().resolve("review.db") + " for "
                        + settings.review().days() + " days, at most " + settings.review().megabytes()
                        + " MB, without who asked; DUAALBOT_REVIEW=false turns it off");
        modules.forEach(CONSOLE::info);
        stopped.await();
        return 0;
    }

    static HttpChannel.Readiness readiness(List<ChatChannel> channels) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = true;
        for (ChatChannel c : channels) {
            states.put(c.name(), c.state().toString());
            ready &= c.state().phase() == ChatChannel.Phase.CONNECTED;
        }
        return new HttpChannel.Readiness(ready, states);
    }

    private static void logChannels(Settings s, List<ChatModule> chats) {
        CONSOLE.info("channel http: on (/api/ask, /api/chart, /healthz, /readyz, /metrics)");
        chats.forEach(m -> CONSOLE.info(m.line(s)));
    }

    /**
     * The chat libraries report their own stopping as failures (each module names its loggers,
     * {@link ChatModule#stopNoise}): during a stop they are not.
     */
    private static void quietLibraries(List<String> noise) {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            noise.forEach(name -> context.getLogger(name).setLevel(ch.qos.logback.classic.Level.OFF));
        }
    }

    /** On SIGTERM: finish what is in flight, then end with status 0 (the JVM would say 143). */
    private static void stop(HttpChannel http, List<ChatChannel> channels, be.duaalbot.review.Recorder recorder, CountDownLatch stopped,
                             List<String> noise) {
        LOG.info("stopping: no new requests, finishing those in flight");
        quietLibraries(noise);
        try {
            http.stop();
            channels.forEach(ChatChannel::stop);
            if (recorder != null) {
                recorder.close(); // what was answered before the stop is written first
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
