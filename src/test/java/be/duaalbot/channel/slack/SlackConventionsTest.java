package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's conventions against the fake Web API in HTTP mode: one screen and "show all" in the
 * thread, a refused oversize message falling back to the short form, escaped text and mentions,
 * the App Home, usage, next-question buttons, posting an ephemeral answer, expired buttons.
 */
class SlackConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROAD = "erkenningen en overeenkomsten per sector";
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());

    private SlackServer server;
    private FakeSlackApi slack;

    @BeforeEach
    void start() throws Exception {
        server = new SlackServer("xoxb-conventions", "conventions-secret", Map.of());
        slack = server.slack;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBroadQuestionFitsOneScreenAndShowAllPostsEveryRowInTheThread() throws Exception {
        assertEquals(200, server.event(SlackHttpModeTest.mention("EvB1", "<@UBOT> " + BROAD, "1700000000.000100")));
        FakeSlackApi.Call posted = nextMessage();
        String text = posted.body().get("text").asText();
        assertTrue(text.length() <= 1500, text.length() + " characters");
        JsonNode buttons = actions(JSON.readTree(posted.body().get("blocks").asText()));
        assertEquals(SlackButtons.ALL, buttons.get(0).get("action_id").asText());
        assertTrue(buttons.toString().contains("duaal_next_0"), "next-question buttons: " + buttons);
        JsonNode upload = slack.next("files.getUploadURLExternal", 10).body();
        assertFalse(upload.path("alt_txt").asText().isBlank(), "a chart without alt_txt: " + upload);
        assertEquals(200, server.press(SlackButtons.ALL, buttons.get(0).get("value").asText(), "C1", "1700000000.000200", "1700000000.000100"));
        Answer full = BOT.answer(BROAD);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < Delivery.parts(full).size(); i++) {
            FakeSlackApi.Call part = nextMessage();
            assertEquals("1700000000.000100", part.body().get("thread_ts").asText());
            all.append(part.body().get("blocks").asText());
        }
        for (Figure f : full.figures()) {
            assertTrue(all.toString().contains(SlackText.escape(f.member())), "missing row " + f.member());
        }
    }

    @Test
    void aMessageRefusedForItsSizeFallsBackToTheShortFormAsText() throws Exception {
        slack.postFaults("msg_blocks_too_long");
        assertEquals(200, server.event(SlackHttpModeTest.mention("EvB2", "<@UBOT> " + BROAD, "1700000000.000300")));
        assertTrue(nextMessage().body().has("blocks"), "the refused message");
        FakeSlackApi.Call fallback = nextMessage();
        assertFalse(fallback.body().has("blocks"), fallback.body().toString());
        assertTrue(fallback.body().get("text").asText().contains("Niet getoond"), fallback.body().toString());
        assertEquals(2, slack.calls("chat.postMessage").size());
    }

    @Test
    void escapedTextAndMentionsAreReadAsTheUserTypedThem() throws Exception {
        String text = "<@UBOT> horeca &amp; bouw overeenkomsten 2022-2023 <#C9|algemeen>";
        assertEquals(200, server.event(SlackHttpModeTest.mention("EvB3", text, "1700000000.000400")));
        String answer = nextMessage().body().get("text").asText();
        assertFalse(answer.contains("amp"), answer);
        assertTrue(answer.contains("Horeca") && answer.contains("Bouw"), answer);
    }

    @Test
    void theAppHomeIsPublishedWhenOpened() throws Exception {
        String event = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"EvH1\",\"event_time\":1,"
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}}";
        assertEquals(200, server.event(event));
        FakeSlackApi.Call publish = slack.next("views.publish", 10);
        assertNotNull(publish);
        assertEquals("U1", publish.body().get("user_id").asText());
        JsonNode view = JSON.readTree(publish.body().get("view").asText());
        assertEquals("home", view.get("type").asText());
        assertTrue(view.toString().contains("677"), "the source: " + view);
    }

    @Test
    void usageForHelpAndForTheCommandAlone() throws Exception {
        for (String text : new String[] {"help", ""}) {
            JsonNode ack = JSON.readTree(server.command("C9", text).body());
            assertEquals("ephemeral", ack.get("response_type").asText());
            assertTrue(ack.get("text").asText().contains("/duaal"), ack.toString());
        }
    }

    @Test
    void postingAnEphemeralAnswerReplacesItAndCarriesTheChartButErrorsHaveNoPostButton() throws Exception {
        JsonNode error = JSON.readTree(server.command("C9", "qwxz vlpq").body());
        assertFalse(error.toString().contains(SlackButtons.POST), error.toString());
        JsonNode ack = JSON.readTree(server.command("C9", "evolutie overeenkomsten horeca").body());
        String value = null;
        for (JsonNode button : actions(ack.get("blocks"))) {
            value = button.get("action_id").asText().equals(SlackButtons.POST) ? button.get("value").asText() : value;
        }
        assertNotNull(value, ack.toString());
        assertEquals(200, server.press(SlackButtons.POST, value, "C9", "1700000000.000500", null));
        assertEquals("in_channel", slack.nextPost(10).body().get("response_type").asText());
        assertTrue(slack.nextPost(10).body().get("delete_original").asBoolean(), "the ephemeral copy stays");
        FakeSlackApi.Call chart = slack.next("files.completeUploadExternal", 10);
        assertNotNull(chart, "no chart");
        assertEquals("C9", chart.body().get("channel_id").asText());
    }

    @Test
    void showAllUnderAnEphemeralAnswerAnswersEphemerallyInFull() throws Exception {
        JsonNode ack = JSON.readTree(server.command("C9", BROAD).body());
        assertTrue(ack.get("text").asText().length() <= 1500, ack.get("text").asText());
        JsonNode all = actions(ack.get("blocks")).get(0);
        assertEquals(SlackButtons.ALL, all.get("action_id").asText());
        assertEquals(200, server.press(SlackButtons.ALL, all.get("value").asText(), "C9", "1700000000.000700", null));
        int parts = Delivery.parts(BOT.answer(BROAD)).size();
        for (int i = 0; i < parts; i++) {
            FakeSlackApi.Call part = slack.nextPost(10);
            assertNotNull(part, "stopped after " + i + " of " + parts);
            assertEquals("ephemeral", part.body().get("response_type").asText());
            assertFalse(part.body().get("replace_original").asBoolean(), "the short answer was replaced");
        }
    }

    @Test
    void expiredButtonsGetAShortEphemeralNote() throws Exception {
        assertEquals(200, server.press(SlackButtons.ALL, "c:r424242", "C1", "1700000000.000600", null));
        FakeSlackApi.Call note = slack.nextPost(10);
        assertNotNull(note);
        assertEquals("ephemeral", note.body().get("response_type").asText());
        assertTrue(note.body().get("text").asText().contains("verlopen"), note.body().toString());
    }

    private FakeSlackApi.Call nextMessage() throws InterruptedException {
        FakeSlackApi.Call call = slack.next("chat.postMessage", 10);
        assertNotNull(call, "nothing posted");
        return call;
    }

    private static JsonNode actions(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if ("actions".equals(block.get("type").asText())) {
                return block.get("elements");
            }
        }
        return JSON.createArrayNode();
    }
}
