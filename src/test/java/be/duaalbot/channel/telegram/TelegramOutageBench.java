package be.duaalbot.channel.telegram;

import be.duaalbot.channel.FlakyLink;
import be.duaalbot.channel.OutageTally;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test (its name keeps it out of `mvn verify`): 300 questions from 20 chats,
 * one every 150 ms, through the fake Bot API; 10 s in, issue 21's outage of a minute: 15 s each of
 * 500s, 429s with retry_after, hanging calls and cut connections, on 70% of calls (or, "unreachable",
 * connects that hang and are refused instead of the last two; {@code -Doutage.phase=5} makes each
 * phase 5 s); then it waits until nothing more arrives for 40 s and
 * counts what each question got. The service's own settings (retry age 10 minutes, back-off up to
 * 30 s, calls timed out after 10 s), charts off, rate limits lifted.
 * <pre>mvn -B -q test -Dtest=TelegramOutageBench -Dsurefire.failIfNoSpecifiedTests=false [-Doutage=every-call] [-Doutage.phase=15]</pre>
 */
class TelegramOutageBench {
    private static final int CHATS = 20;
    private static final int PER_CHAT = 15;

    @Test
    void run() throws Exception {
        String only = System.getProperty("outage", "");
        List<String> rows = new ArrayList<>();
        for (String scenario : List.of("every-call", "sendMessage", "delivered-unanswered", "unreachable")) {
            if (only.isEmpty() || only.equals(scenario)) {
                rows.add(run(scenario));
            }
        }
        System.out.println("| scenario | asked | answered once | answered more than once | lost |");
        rows.forEach(System.out::println);
    }

    private String run(String scenario) throws Exception {
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        try (FakeBotApi api = new FakeBotApi("123456:BENCH");
             FlakyLink link = new FlakyLink(Integer.parseInt(api.url().substring(api.url().lastIndexOf(':') + 1)))) {
            api.sends.holdFor(Duration.ofSeconds(30));
            var settings = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", "123456:BENCH", "TELEGRAM_API_URL", link.url(),
                    "DUAALBOT_CHARTS", "false", "DUAALBOT_RATE_USER_PER_MINUTE", "100000", "DUAALBOT_RATE_CHAT_PER_MINUTE", "100000"));
            TelegramChannel channel = new TelegramChannel(settings, new AnswerService(bot, new SimpleMeterRegistry(),
                    MemoryBudget.ofHeap(), Conversations.defaults()));
            channel.start(null);
            channel.ready().get(30, java.util.concurrent.TimeUnit.SECONDS);
            Thread outage = OutageTally.outage(10_000, OutageTally.phaseMillis(), phases(scenario, api, link), () -> {
                link.open();
                api.sends.recover();
                api.others.recover();
            });
            List<String> questions = OutageTally.questions(bot, Language.NL, PER_CHAT);
            for (int j = 0; j < PER_CHAT; j++) {
                for (int c = 0; c < CHATS; c++) {
                    api.message(1000 + c, "private", questions.get(j), "nl", null);
                    Thread.sleep(150);
                }
            }
            outage.join();
            long drain = OutageTally.settle(() -> api.deliveries().size(), 40_000, 480_000);
            channel.stop();
            return OutageTally.of(CHATS * PER_CHAT, api.deliveries().stream()
                    .map(c -> c.body().path("chat_id").asText() + "\u0000" + c.body().path("text").asText()).toList())
                    .row("Telegram, " + scenario + " (drained " + drain + " s after the outage)");
        }
    }

    private static List<OutageTally.ThrowingRunnable> phases(String scenario, FakeBotApi api, FlakyLink link) {
        return switch (scenario) {
            case "every-call" -> List.of(() -> both(api, "500"), () -> both(api, "429"), () -> both(api, "hang"), () -> both(api, "reset"));
            case "sendMessage" -> List.of(() -> api.sends.fail(0.7, "500"), () -> api.sends.fail(0.7, "429"),
                    () -> api.sends.fail(0.7, "hang"), () -> api.sends.fail(0.7, "reset"));
            case "delivered-unanswered" -> java.util.Collections.nCopies(4, () -> api.sends.fail(0.7, "delivered hang", "delivered reset"));
            default -> List.of(() -> both(api, "500"), () -> both(api, "429"), link::stall, link::refuse);
        };
    }

    private static void both(FakeBotApi api, String kind) {
        api.sends.fail(0.7, kind);
        api.others.fail(0.7, kind);
    }
}
