package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.slack.FakeSlackApi;
import be.duaalbot.channel.telegram.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 2: a token that Telegram (401) or Slack (invalid_auth) refuses is a
 * misconfiguration, not an outage: /readyz says 503 with each channel failed and the setting
 * named, /healthz stays 200, the log names the setting once and never the token, and the APIs
 * are asked once, not forever. Then the same with tokens they take: /readyz 200, and metrics.
 */
class ReadinessIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void refusedTokensAreFinalNamedAndReported() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi("123456:RIGHT"); FakeSlackApi slack = new FakeSlackApi();
             ServeProcess serve = new ServeProcess(Map.of("TELEGRAM_BOT_TOKEN", "123456:WRONG-TOKEN-VALUE", "TELEGRAM_API_URL", telegram.url(),
                     "SLACK_BOT_TOKEN", "xoxb-revoked-TOKEN-VALUE", "SLACK_APP_TOKEN", "xapp-APP-VALUE", "SLACK_API_URL", slack.apiUrl()))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            assertTrue(serve.await("Slack stays off", 30), serve::log);
            assertTrue(serve.await("Telegram stays off", 30), serve::log);
            JsonNode ready = JSON.readTree(get(serve, "/readyz", 503));
            assertEquals("not ready", ready.get("status").asText());
            assertTrue(ready.get("channels").get("telegram").asText().startsWith("failed: TELEGRAM_BOT_TOKEN refused"), ready.toString());
            assertTrue(ready.get("channels").get("slack").asText().startsWith("failed: SLACK_BOT_TOKEN refused"), ready.toString());
            get(serve, "/healthz", 200);
            String metrics = get(serve, "/metrics", 200);
            assertTrue(metrics.contains("duaalbot_channel_connected{channel=\"telegram\"} 0.0"), metrics);
            assertEquals(0, serve.stop(), serve::log);
            String log = serve.log();
            for (String value : new String[] {"WRONG-TOKEN-VALUE", "revoked-TOKEN-VALUE", "APP-VALUE"}) {
                assertFalse(log.contains(value) || metrics.contains(value), "a token in the log or metrics");
            }
            assertEquals(1, log.lines().filter(l -> l.contains("TELEGRAM_BOT_TOKEN")).count(), log);
            assertEquals(1, log.lines().filter(l -> l.contains("refused SLACK_BOT_TOKEN")).count(), log);
            assertFalse(log.contains("ERROR") && log.contains("\tat "), "no stack trace: " + log);
            assertEquals(1, telegram.refusedCalls(), "the Bot API was asked again after it refused");
            // Bolt asks auth.test itself as the app is made; then ours: a few calls, not a retry loop
            assertTrue(slack.calls("auth.test").size() <= 3, "Slack was asked again after it refused: " + slack.calls("auth.test").size());
        }
    }

    @Test
    void withTokensTheyTakeReadinessIs200AndMetricsHaveHelpAndBuckets() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi("123456:RIGHT");
             ServeProcess serve = new ServeProcess(Map.of("TELEGRAM_BOT_TOKEN", "123456:RIGHT", "TELEGRAM_API_URL", telegram.url()))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            assertTrue(serve.await("telegram: on as", 30), serve::log);
            JsonNode ready = JSON.readTree(get(serve, "/readyz", 200));
            assertEquals("connected", ready.get("channels").get("telegram").asText());
            get(serve, "/api/ask?q=bouw%202022-2023", 200);
            telegram.message(77, "private", "horeca 2022-2023", "nl", null);
            assertTrue(telegram.nextDelivered(20) != null, serve::log);
            // the fake records a send before it answers, and the outbox counts it once the answer is read
            String sent = "(?s).*duaalbot_messages_total\\{channel=\"telegram\",outcome=\"sent\"} [1-9].*";
            String metrics = get(serve, "/metrics", 200);
            for (long deadline = System.nanoTime() + 10_000_000_000L; !metrics.matches(sent) && System.nanoTime() < deadline; ) {
                Thread.sleep(50);
                metrics = get(serve, "/metrics", 200);
            }
            for (String line : metrics.lines().filter(l -> l.startsWith("# HELP duaalbot_")).toList()) {
                assertTrue(line.split(" ", 4).length == 4 && !line.split(" ", 4)[3].isBlank(), "empty help: " + line);
            }
            assertTrue(metrics.contains("duaalbot_answer_latency_seconds_bucket{channel=\"http\",le="), "no latency buckets");
            assertTrue(metrics.contains("jvm_gc_") && metrics.contains("process_cpu_usage") && metrics.contains("duaalbot_build_info{"), metrics);
            assertTrue(metrics.contains("duaalbot_channel_connected{channel=\"telegram\"} 1.0"), metrics);
            assertTrue(metrics.matches(sent), metrics);
            assertEquals(0, serve.stop(), serve::log);
            String stopping = serve.log().substring(serve.log().indexOf("stopping:"));
            assertFalse(stopping.contains("ERROR") || stopping.contains("\tat "), "a clean stop logs no error: " + stopping);
        }
    }

    private static String get(ServeProcess serve, String path, int status) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }
}
