package be.duaalbot.channel.slack;

import be.duaalbot.channel.OutageTally;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test (its name keeps it out of `mvn verify`): 100 mentions in 20 channels,
 * one every 300 ms, in HTTP mode through the fake Web API; 5 s in, issue 21's outage of a minute:
 * 15 s each of 500s, 429s with Retry-After, hanging calls and cut connections on 70% of
 * chat.postMessage calls (or, "unreachable", connects that hang and are refused instead of the
 * last two; {@code -Doutage.phase=5} makes each phase 5 s); then it waits until
 * nothing more arrives for 40 s and counts what each question got, and how many events were not
 * acknowledged with 200. The service's own delivery settings, charts off, rate limits lifted.
 * <pre>mvn -B -q test -Dtest=SlackOutageBench -Dsurefire.failIfNoSpecifiedTests=false [-Doutage=postMessage] [-Doutage.phase=15]</pre>
 */
class SlackOutageBench {
    private static final int CHANNELS = 20;
    private static final int PER_CHANNEL = 5;

    @Test
    void run() throws Exception {
        String only = System.getProperty("outage", "");
        List<String> rows = new ArrayList<>();
        for (String scenario : List.of("postMessage", "delivered-unanswered", "unreachable")) {
            if (only.isEmpty() || only.equals(scenario)) {
                rows.add(run(scenario));
            }
        }
        System.out.println("| scenario | asked | answered once | answered more than once | lost |");
        rows.forEach(System.out::println);
    }

    private String run(String scenario) throws Exception {
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        SlackServer server = new SlackServer("xoxb-bench", "bench-secret", Map.of("DUAALBOT_CHARTS", "false",
                "DUAALBOT_RATE_USER_PER_MINUTE", "100000", "DUAALBOT_RATE_CHAT_PER_MINUTE", "100000"), true);
        try {
            server.slack.outage.holdFor(Duration.ofSeconds(30));
            var outage = server.slack.outage;
            List<OutageTally.ThrowingRunnable> phases = switch (scenario) {
                case "postMessage" -> List.of(() -> outage.fail(0.7, "500"), () -> outage.fail(0.7, "429"),
                        () -> outage.fail(0.7, "hang"), () -> outage.fail(0.7, "reset"));
                case "delivered-unanswered" -> java.util.Collections.nCopies(4, () -> outage.fail(0.7, "delivered hang", "delivered reset"));
                default -> List.of(() -> outage.fail(0.7, "500"), () -> outage.fail(0.7, "429"), server.link::stall, server.link::refuse);
            };
            Thread run = OutageTally.outage(5_000, OutageTally.phaseMillis(), phases, () -> {
                server.link.open();
                outage.recover();
            });
            List<String> questions = OutageTally.questions(bot, Language.EN, PER_CHANNEL);
            int unacknowledged = 0;
            for (int j = 0; j < PER_CHANNEL; j++) {
                for (int c = 0; c < CHANNELS; c++) {
                    String event = SlackHttpModeTest.mention("EvB" + j + "-" + c, "<@UBOT> " + questions.get(j), "1700000000." + j + "0" + c)
                            .replace("\"channel\":\"C1\"", "\"channel\":\"C" + (100 + c) + "\"");
                    unacknowledged += server.event(event) == 200 ? 0 : 1;
                    Thread.sleep(300);
                }
            }
            run.join();
            long drain = OutageTally.settle(() -> server.slack.posted().size(), 40_000, 480_000);
            OutageTally tally = OutageTally.of(CHANNELS * PER_CHANNEL, server.slack.posted().stream()
                    .map(c -> c.body().path("channel").asText() + "\u0000" + c.body().path("text").asText()).toList());
            return tally.row("Slack HTTP mode, " + scenario + " (" + unacknowledged + " events not acknowledged; drained " + drain + " s after the outage)");
        } finally {
            server.close();
        }
    }
}
