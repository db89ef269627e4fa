package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack Web API in an outage shorter than the retry age, in HTTP mode (scaled down: a retry
 * age of two minutes, back-off of at most a second, calls timed out after two): every event is
 * acknowledged at once, no answer is lost, and a post Slack may have taken without saying so goes
 * once more at most. One question per channel, so that a channel's posts are its answer's.
 */
class SlackOutageTest {
    private static final String SECRET = "signing-secret-for-outages";
    private static final int CHANNELS = 10;
    private SlackServer server;

    private void start() throws Exception {
        server = new SlackServer("xoxb-outage", SECRET, Map.of("DUAALBOT_DELIVERY_MAX_AGE_SECONDS", "120",
                "DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", "1", "DUAALBOT_DELIVERY_TIMEOUT_SECONDS", "2", "DUAALBOT_CHARTS", "false",
                "DUAALBOT_RATE_USER_PER_MINUTE", "1000", "DUAALBOT_RATE_CHAT_PER_MINUTE", "1000"), true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOutageOfChatPostMessageLosesNoAnswer() throws Exception {
        start();
        server.slack.outage.fail(1, "500", "429");
        ask();
        Await.until("two failed posts to every channel", 60, () -> failedPerChannel(2));
        // each phase lasts until the posts were tried about twice in it: each meets more failures
        // than the four tries the bot used to give a post
        double retried = count("retried");
        server.link.stall();
        Await.until("connects timing out", 90, () -> count("retried") >= retried + 2 * CHANNELS);
        double refused = count("retried");
        server.link.refuse();
        Await.until("connects refused", 60, () -> count("retried") >= refused + 2 * CHANNELS);
        server.link.open();
        server.slack.outage.recover();
        assertEachAnsweredAtMostTwice();
        assertEquals(0, count("dropped") + count("failed"), "dropped or given up");
    }

    @Test
    void aPostDeliveredWhoseResponseIsLostIsPostedOnceMoreAtMost() throws Exception {
        start();
        server.slack.outage.fail(1, "delivered hang", "delivered reset");
        ask();
        Await.until("every answer given up as perhaps delivered", 180, () -> count("failed") + count("dropped") >= CHANNELS);
        server.slack.outage.recover();
        assertEachAnsweredAtMostTwice();
    }

    /** A mention in each channel, each acknowledged with 200 while the Web API is failing. */
    private void ask() throws Exception {
        for (int i = 1; i <= CHANNELS; i++) {
            String event = SlackHttpModeTest.mention("EvO" + i, "<@UBOT> horeca agreements 2022-2023", "1700000000.00010" + i)
                    .replace("\"channel\":\"C1\"", "\"channel\":\"C" + i + "\"");
            assertEquals(200, server.event(event), "event " + i + " not acknowledged");
        }
    }

    private void assertEachAnsweredAtMostTwice() throws InterruptedException {
        Await.until("every channel answered", 120, () -> perChannel().size() == CHANNELS);
        Map<String, Long> counts = perChannel();
        assertTrue(counts.values().stream().allMatch(n -> n <= 2), "a channel got its answer more than twice: " + counts);
        assertTrue(server.slack.posted().stream().allMatch(c -> c.body().path("text").asText().contains("292")), "another answer");
    }

    /** Whether every channel had at least {@code n} chat.postMessage calls that did not deliver. */
    private boolean failedPerChannel(int n) {
        Map<String, Long> calls = server.slack.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(c -> c.body().path("channel").asText(), Collectors.counting()));
        Map<String, Long> posted = perChannel();
        return calls.size() == CHANNELS && calls.entrySet().stream().allMatch(e -> e.getValue() - posted.getOrDefault(e.getKey(), 0L) >= n);
    }

    private Map<String, Long> perChannel() {
        return server.slack.posted().stream().collect(Collectors.groupingBy(c -> c.body().path("channel").asText(), Collectors.counting()));
    }

    /** The channel's message counter for an outcome, as /metrics shows it. */
    private double count(String outcome) {
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.http.port()
                    + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("duaalbot_messages_total\\{channel=\"slack\",outcome=\"" + outcome + "\"[^}]*} ([0-9.E]+)")
                    .matcher(metrics);
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
