package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.slack.FakeSlackApi;
import be.duaalbot.channel.slack.SlackHttpModeTest;
import be.duaalbot.channel.slack.SlackSigner;
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
 * The built jar, started as a user starts it. With no chat tokens: health, the API, bad input,
 * SIGTERM ends with status 0, and the log never shows a configured secret. With a Telegram token
 * and a fake Bot API on 127.0.0.1: the acceptance dialogue of the Telegram issue.
 */
class ServeProcessIT {
    private static final String SECRET = "xoxb-000-SECRET-NEVER-LOGGED";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void serveAnswersAndStopsCleanlyOnSigterm() throws Exception {
        long started = System.nanoTime();
        try (ServeProcess serve = new ServeProcess(Map.of("SLACK_BOT_TOKEN", SECRET))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + serve.port();
            assertEquals(200, send(client, HttpRequest.newBuilder(URI.create(base + "/healthz")).build()).statusCode());
            System.out.printf("start to healthy: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            HttpResponse<String> answer = send(client, HttpRequest.newBuilder(
                    URI.create(base + "/api/ask?q=horeca%20agreements%202022-2023")).build());
            int horeca = be.duaalbot.data.DataLoader.load(java.nio.file.Path.of("config/data")).table("agreements", "sector").orElseThrow()
                    .value("Horeca", "2022-2023").getAsInt();
            assertEquals(horeca, JSON.readTree(answer.body()).get("figures").get(0).get("value").asInt(), answer.body());
            HttpResponse<String> bad = send(client, HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{bad json")).build());
            assertEquals(400, bad.statusCode());
            assertTrue(JSON.readTree(bad.body()).has("error"));
            HttpResponse<String> huge = send(client, HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"" + "x".repeat(2_000) + "\"}")).build());
            assertEquals(413, huge.statusCode());
            assertTrue(JSON.readTree(huge.body()).has("error"));
            assertEquals(0, serve.stop(), serve::log);
            assertTrue(serve.log().contains("stopped"), serve::log);
            assertFalse(serve.log().contains(SECRET), "the secret is in the log");
        }
    }

    @Test
    void serveRunsTheTelegramBotAgainstTheBotApiItIsGiven() throws Exception {
        String token = "123456:TEST";
        try (FakeBotApi api = new FakeBotApi(token);
             ServeProcess serve = new ServeProcess(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", api.url()))) {
            assertTrue(serve.await("telegram: on as @" + FakeBotApi.USERNAME, 30), serve::log);
            api.tooManyRequests(1);
            api.message(11, "private", "horeca agreements 2022-2023", "en", null);
            assertContains(api.nextDelivered(15), "292");
            api.message(11, "private", "en in 2021-2022?", "nl", null);
            assertContains(api.nextDelivered(15), "149");
            assertEquals(2, api.calls("sendMessage").stream().filter(c -> c.body().get("text").asText().contains("292")).count(),
                    "the first answer: one 429, one delivery");
            api.message(11, "private", "/start", "nl", null);
            assertContains(api.nextDelivered(15), "Hallo!");
            api.message(-100, "supergroup", "bouw overeenkomsten 2022-2023", "nl", null);
            api.message(-100, "supergroup", "/duaal erkenningen Limburg 2021-2022", "nl", null);
            assertContains(api.nextDelivered(15), "1.336");
            api.message(-100, "supergroup", "@" + FakeBotApi.USERNAME + " bouw erkenningen 2019-2020", "nl", null);
            assertContains(api.nextDelivered(15), "580");
            assertTrue(api.calls("sendMessage").stream().noneMatch(c -> c.body().get("text").asText().contains("461")),
                    "the plain group message was answered");
            assertEquals(0, serve.stop(), serve::log);
            assertFalse(serve.log().contains(token), "the token is in the log");
        }
    }

    @Test
    void serveRunsTheSlackAppInHttpMode() throws Exception {
        String token = "xoxb-111-SLACK-TOKEN";
        String secret = "slack-signing-secret-abc";
        SlackSigner signer = new SlackSigner(secret);
        try (FakeSlackApi slack = new FakeSlackApi();
             ServeProcess serve = new ServeProcess(Map.of("SLACK_BOT_TOKEN", token, "SLACK_SIGNING_SECRET", secret,
                     "SLACK_API_URL", slack.apiUrl()))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            URI events = URI.create("http://127.0.0.1:" + serve.port() + "/slack/events");
            HttpClient client = HttpClient.newHttpClient();
            String mention = SlackHttpModeTest.mention("EvP1", "<@UBOT> horeca agreements 2022-2023", "1700000000.000900");
            assertEquals(401, send(client, HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(mention)).build()).statusCode());
            assertEquals(401, send(client, signer.signed(events, mention, SlackSigner.now() - 3600).build()).statusCode());
            assertEquals(401, send(client, new SlackSigner("wrong").signed(events, mention, SlackSigner.now()).build()).statusCode());
            assertEquals(200, send(client, signer.signed(events, mention, SlackSigner.now()).header("Content-Type", "application/json").build()).statusCode());
            FakeSlackApi.Call posted = slack.nextPost(15);
            assertNotNull(posted);
            assertEquals("1700000000.000900", posted.body().get("thread_ts").asText());
            assertTrue(posted.body().get("text").asText().contains("292"), posted.body().toString());
            assertEquals(200, send(client, signer.signed(events, mention, SlackSigner.now()).header("X-Slack-Retry-Num", "1").build()).statusCode());
            assertEquals(200, send(client, signer.signed(events, SlackHttpModeTest.dm("EvP2", "erkenningen bouw 2022-2023"), SlackSigner.now()).build()).statusCode());
            FakeSlackApi.Call dm = slack.nextPost(15);
            assertNotNull(dm);
            assertEquals("D1", dm.body().get("channel").asText());
            assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> c.body().get("text").asText().contains("292")).count());
            String command = "token=t&team_id=T1&channel_id=C9&user_id=U1&command=%2Fduaal&trigger_id=tr&response_url="
                    + java.net.URLEncoder.encode(slack.responseUrl("1"), java.nio.charset.StandardCharsets.UTF_8)
                    + "&text=" + java.net.URLEncoder.encode("overeenkomsten Antwerpen 2022-2023", java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> ack = send(client, signer.signed(events, command, SlackSigner.now())
                    .header("Content-Type", "application/x-www-form-urlencoded").build());
            assertEquals(200, ack.statusCode());
            assertTrue(ack.body().contains("860"), ack.body());
            assertEquals(0, serve.stop(), serve::log);
            assertFalse(serve.log().contains(token) || serve.log().contains(secret), "a secret is in the log");
        }
    }

    private static void assertContains(FakeBotApi.Call call, String text) {
        assertNotNull(call, "no message sent");
        JsonNode body = call.body();
        assertTrue(body.get("text").asText().contains(text), body.toString());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
