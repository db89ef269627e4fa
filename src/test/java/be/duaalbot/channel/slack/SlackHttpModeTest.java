package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.http.HttpChannel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP mode: signed requests to the running server, and what reaches a fake Slack Web API on 127.0.0.1. */
public class SlackHttpModeTest {
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeSlackApi slack;
    private HttpChannel http;
    private SlackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new SlackServer("xoxb-test-token", SIGNING_SECRET, Map.of());
        slack = server.slack;
        http = server.http;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void urlVerificationIsAnsweredWithItsChallenge() throws Exception {
        HttpResponse<String> r = post(json("{\"type\":\"url_verification\",\"token\":\"t\",\"challenge\":\"c-123\"}"), now(), true);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("c-123"), r.body());
    }

    @Test
    void aMentionIsAnsweredInItsThreadOnceEvenWhenSlackRetries() throws Exception {
        String event = mention("Ev1", "<@UBOT> horeca agreements 2022-2023", "1700000000.000100");
        assertEquals(200, post(event, now(), true).statusCode());
        FakeSlackApi.Call posted = slack.nextPost(10);
        assertNotNull(posted);
        assertEquals("chat.postMessage", posted.method());
        assertEquals("C1", posted.body().get("channel").asText());
        assertEquals("1700000000.000100", posted.body().get("thread_ts").asText());
        assertTrue(posted.body().get("text").asText().contains("292"), posted.body().toString());
        assertTrue(posted.body().get("blocks").asText().contains("292"), "Block Kit with the figure");
        assertEquals("Bearer xoxb-test-token", posted.authorization());
        HttpRequest.Builder retry = signed(event, now(), true).header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, HttpClient.newHttpClient().send(retry.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, post(dm("Ev2", "erkenningen bouw 2022-2023"), now(), true).statusCode());
        FakeSlackApi.Call dm = slack.nextPost(10);
        assertNotNull(dm);
        assertEquals("D1", dm.body().get("channel").asText());
        assertFalse(dm.body().has("thread_ts"), "a DM is answered in the DM");
        assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> c.body().get("text").asText().contains("292")).count());
    }

    @Test
    void unsignedBadlySignedAndStaleRequestsAre401AndCauseNothing() throws Exception {
        String event = mention("Ev3", "<@UBOT> horeca agreements 2022-2023", "1700000000.000300");
        assertEquals(401, post(event, now(), false).statusCode(), "unsigned");
        HttpRequest.Builder wrong = HttpRequest.newBuilder(events()).POST(HttpRequest.BodyPublishers.ofString(event))
                .header("Content-Type", "application/json").header("X-Slack-Request-Timestamp", Long.toString(now()))
                .header("X-Slack-Signature", "v0=" + "0".repeat(64));
        assertEquals(401, HttpClient.newHttpClient().send(wrong.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, post(event, now() - 3600, true).statusCode(), "an hour old");
        assertEquals(200, post(json("{\"type\":\"url_verification\",\"token\":\"t\",\"challenge\":\"x\"}"), now(), true).statusCode());
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "something was posted");
    }

    @Test
    void theSlashCommandAnswersEphemerallyWithAButtonThatPostsInTheChannel() throws Exception {
        String form = "token=t&team_id=T1&channel_id=C9&user_id=U1&command=%2Fduaal&trigger_id=tr&response_url="
                + URLEncoder.encode(slack.responseUrl("1"), StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode("overeenkomsten Antwerpen 2022-2023", StandardCharsets.UTF_8);
        HttpResponse<String> ack = send(signed(form, now(), true).header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(200, ack.statusCode());
        JsonNode body = JSON.readTree(ack.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        assertTrue(body.get("text").asText().contains("860"), ack.body());
        JsonNode button = null;
        for (JsonNode block : body.get("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (SlackButtons.POST.equals(element.path("action_id").asText())) {
                    button = element; // beside "Bronnen", the next questions ...
                }
            }
        }
        assertNotNull(button, "no button to post in the channel");
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"channel\":{\"id\":\"C9\"},"
                + "\"response_url\":\"" + slack.responseUrl("2") + "\",\"trigger_id\":\"tr\",\"actions\":[{\"action_id\":\""
                + button.get("action_id").asText() + "\",\"block_id\":\"b\",\"type\":\"button\",\"value\":"
                + JSON.writeValueAsString(button.get("value").asText()) + ",\"action_ts\":\"1\"}]}";
        String actionForm = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        assertEquals(200, send(signed(actionForm, now(), true).header("Content-Type", "application/x-www-form-urlencoded")).statusCode());
        FakeSlackApi.Call response = slack.nextPost(10);
        assertNotNull(response);
        assertEquals("response", response.method());
        assertEquals("in_channel", response.body().get("response_type").asText());
        assertTrue(response.body().get("text").asText().contains("860"), response.body().toString());
    }

    @Test
    void aSeriesIsFollowedByItsChartUploadedInTheSameThread() throws Exception {
        assertEquals(200, post(mention("EvC1", "<@UBOT> evolutie overeenkomsten horeca", "1700000000.000500"), now(), true).statusCode());
        FakeSlackApi.Call posted = slack.nextPost(10);
        assertNotNull(posted);
        assertEquals("chat.postMessage", posted.method());
        FakeSlackApi.Call upload = slack.nextPost(10);
        assertNotNull(upload, "no chart uploaded");
        assertEquals("files.completeUploadExternal", upload.method());
        assertEquals("C1", upload.body().get("channel_id").asText());
        assertEquals("1700000000.000500", upload.body().get("thread_ts").asText());
        assertEquals(1, slack.calls("files.getUploadURLExternal").size());
        assertTrue(slack.calls("upload").get(0).body().get("bytes").asInt() > 1000, "the PNG was uploaded");
    }

    @Test
    void thePostButtonPostsTheAnswerThatWasShownFollowUpAndAll() throws Exception {
        slash("horeca erkenningen 2022-2023");
        JsonNode followUp = JSON.readTree(slash("en in 2021-2022?").body());
        assertTrue(followUp.get("text").asText().contains("1.103"), followUp.toString());
        String key = null;
        for (JsonNode block : followUp.get("blocks")) {
            if ("actions".equals(block.get("type").asText())) {
                key = block.get("elements").get(0).get("value").asText();
            }
        }
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"channel\":{\"id\":\"C9\"},"
                + "\"response_url\":\"" + slack.responseUrl("3") + "\",\"trigger_id\":\"tr\",\"actions\":[{\"action_id\":\""
                + SlackButtons.POST + "\",\"block_id\":\"b\",\"type\":\"button\",\"value\":\"" + key + "\",\"action_ts\":\"1\"}]}";
        send(signed("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), now(), true)
                .header("Content-Type", "application/x-www-form-urlencoded"));
        FakeSlackApi.Call posted = slack.nextPost(10);
        assertNotNull(posted);
        assertTrue(posted.body().get("text").asText().contains("1.103"), "not the answer shown: " + posted.body());
    }

    private final java.util.concurrent.atomic.AtomicInteger triggers = new java.util.concurrent.atomic.AtomicInteger();

    private HttpResponse<String> slash(String text) throws Exception {
        String form = "token=t&team_id=T1&channel_id=C9&user_id=U1&command=%2Fduaal&trigger_id=tr" + triggers.incrementAndGet()
                + "&response_url="
                + URLEncoder.encode(slack.responseUrl("1"), StandardCharsets.UTF_8) + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return send(signed(form, now(), true).header("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void requestsDatedInTheFutureOrHugeAndUnsignedAre401AndCauseNothing() throws Exception {
        String event = mention("EvF", "<@UBOT> horeca agreements 2022-2023", "1700000000.000700");
        assertEquals(401, post(event, now() + 3600, true).statusCode(), "an hour ahead");
        assertEquals(401, post(event, now() + 400, true).statusCode(), "beyond five minutes ahead");
        String huge = be.duaalbot.channel.http.RawHttp.chunkedPost(http.port(), "/slack/events", 10 << 20);
        assertTrue(huge.startsWith("HTTP/1.1 401"), "10 MB unsigned, chunked: " + huge);
        assertTrue(slack.calls("chat.postMessage").isEmpty());
    }

    @Test
    void aReplayedPostActionPostsOnceAndAReplayedSlashCommandIsAnsweredOnce() throws Exception {
        String form = "token=t&team_id=T1&channel_id=C9&user_id=U1&command=%2Fduaal&trigger_id=trR&response_url="
                + URLEncoder.encode(slack.responseUrl("1"), StandardCharsets.UTF_8) + "&text=" + URLEncoder.encode("bouw 2022-2023", StandardCharsets.UTF_8);
        long at = now();
        HttpResponse<String> first = send(signed(form, at, true).header("Content-Type", "application/x-www-form-urlencoded"));
        HttpResponse<String> again = send(signed(form, at, true).header("Content-Type", "application/x-www-form-urlencoded"));
        assertTrue(first.body().contains("ephemeral"), first.body());
        assertFalse(again.body().contains("ephemeral"), "a replayed command was answered again: " + again.body());
        String key = null;
        for (JsonNode block : JSON.readTree(first.body()).get("blocks")) {
            if ("actions".equals(block.get("type").asText())) {
                key = block.get("elements").get(0).get("value").asText();
            }
        }
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"channel\":{\"id\":\"C9\"},"
                + "\"response_url\":\"" + slack.responseUrl("4") + "\",\"trigger_id\":\"trA\",\"actions\":[{\"action_id\":\""
                + SlackButtons.POST + "\",\"block_id\":\"b\",\"type\":\"button\",\"value\":\"" + key + "\",\"action_ts\":\"7\"}]}";
        String actionForm = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(signed(actionForm, at, true).header("Content-Type", "application/x-www-form-urlencoded")).statusCode());
        }
        assertNotNull(slack.nextPost(10));
        assertEquals(1, slack.calls("response").stream().filter(c -> "in_channel".equals(c.body().path("response_type").asText())).count(),
                "a replayed action posted again");
    }

    @Test
    void botMessagesAreNeverAnswered() throws Exception {
        String fromBot = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev9\",\"event_time\":1,"
                + "\"event\":{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"bot_id\":\"BOTHER\",\"text\":\"horeca 2022-2023\","
                + "\"ts\":\"1.1\"}}";
        assertEquals(200, post(fromBot, now(), true).statusCode());
        assertEquals(200, post(dm("Ev10", "bouw 2021-2022"), now(), true).statusCode());
        FakeSlackApi.Call next = slack.nextPost(10);
        assertNotNull(next);
        assertTrue(next.body().get("text").asText().contains("Bouw"), "the bot's own message was answered first");
        assertEquals(1, slack.calls("chat.postMessage").size());
    }

    public static String mention(String eventId, String text, String ts) {
        return "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"" + eventId + "\",\"event_time\":1,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\",\"text\":" + quote(text) + ",\"ts\":\"" + ts
                + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    public static String dm(String eventId, String text) {
        return "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"" + eventId + "\",\"event_time\":1,"
                + "\"event\":{\"type\":\"message\",\"channel\":\"D1\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":" + quote(text)
                + ",\"ts\":\"1700000001.000100\",\"event_ts\":\"1700000001.000100\"}}";
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String s) {
        return s;
    }

    private static long now() {
        return SlackSigner.now();
    }

    private URI events() {
        return URI.create("http://127.0.0.1:" + http.port() + "/slack/events");
    }

    private HttpResponse<String> post(String body, long timestamp, boolean sign) throws Exception {
        HttpRequest.Builder b = sign ? signed(body, timestamp, true)
                : HttpRequest.newBuilder(events()).POST(HttpRequest.BodyPublishers.ofString(body));
        return send(b.header("Content-Type", "application/json"));
    }

    private HttpRequest.Builder signed(String body, long timestamp, boolean valid) {
        return new SlackSigner(SIGNING_SECRET).signed(events(), body, timestamp);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
