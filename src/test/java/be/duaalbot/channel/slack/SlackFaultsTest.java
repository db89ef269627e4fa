package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.http.HttpChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the Slack Web API, and access: a post that meets 429, 500 and a body that is not JSON
 * arrives once; a team off the allow-list is refused once per channel; a user over the rate is
 * told once, then nothing.
 */
class SlackFaultsTest {
    private static final Map<String, String> QUIET_SPELL_OF_THREE_SECONDS = Map.of("DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", "1",
            "DUAALBOT_DELIVERY_TIMEOUT_SECONDS", "2");
    private static final String SECRET = "signing-secret-for-faults";
    private FakeSlackApi slack;
    private HttpChannel http;
    private SlackServer server;

    private void start(Map<String, String> extra) throws Exception {
        server = new SlackServer("xoxb-faults", SECRET, extra);
        slack = server.slack;
        http = server.http;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPostArrivesOnceAfter429And500AndABodyThatIsNotJson() throws Exception {
        // a body that is not JSON may follow a delivery: the resend waits a quiet spell, 3 s here
        start(QUIET_SPELL_OF_THREE_SECONDS);
        slack.postFaults("429", "500", "not json");
        assertEquals(200, event(SlackHttpModeTest.mention("EvF1", "<@UBOT> horeca agreements 2022-2023", "1.1")));
        FakeSlackApi.Call posted = slack.nextPost(20);
        assertNotNull(posted, "never delivered");
        assertTrue(posted.body().get("text").asText().contains("292"));
        assertEquals(4, slack.calls("chat.postMessage").size(), "three faults and one delivery");
    }

    @Test
    void otherTeamsAreRefusedOnceAndBusyUsersToldOnce() throws Exception {
        start(Map.of("SLACK_ALLOWED_TEAMS", "T9", "DUAALBOT_RATE_USER_PER_MINUTE", "1"));
        assertEquals(200, event(SlackHttpModeTest.mention("EvA1", "<@UBOT> horeca agreements 2022-2023", "2.1")));
        FakeSlackApi.Call refusal = slack.nextPost(10);
        assertNotNull(refusal);
        assertTrue(refusal.body().get("text").asText().contains("niet beschikbaar"), refusal.body().toString());
        assertEquals(200, event(SlackHttpModeTest.mention("EvA2", "<@UBOT> bouw agreements 2022-2023", "2.2")));
        assertEquals(200, event(SlackHttpModeTest.mention("EvA3", "<@UBOT> bouw agreements 2021-2022", "2.3")
                .replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")));
        FakeSlackApi.Call answer = slack.nextPost(10);
        assertNotNull(answer);
        assertTrue(answer.body().get("text").asText().contains("274"), "the allowed team's question: " + answer.body());
        assertEquals(200, event(SlackHttpModeTest.mention("EvA4", "<@UBOT> horeca agreements 2021-2022", "2.4")
                .replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")));
        FakeSlackApi.Call slowDown = slack.nextPost(10);
        assertNotNull(slowDown);
        assertTrue(slowDown.body().get("text").asText().contains("rustig aan"), slowDown.body().toString());
        assertEquals(200, event(SlackHttpModeTest.mention("EvA5", "<@UBOT> horeca agreements 2020-2021", "2.5")
                .replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")));
        assertEquals(200, event(SlackHttpModeTest.dm("EvA6", "horeca agreements 2019-2020").replace("\"user\":\"U1\"", "\"user\":\"U2\"")
                .replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")));
        FakeSlackApi.Call dm = slack.nextPost(10);
        assertNotNull(dm);
        assertEquals("D1", dm.body().get("channel").asText(), "a second refusal or a second slow-down was posted: " + dm.body());
    }

    @Test
    void theAdmissionMiddlewareRefusesACommandOnceAndLetsNoButtonThrough() throws Exception {
        start(Map.of("SLACK_ALLOWED_TEAMS", "T9"));
        String refusal = server.command("C9", "horeca agreements 2022-2023").body();
        assertTrue(refusal.contains("niet beschikbaar") && refusal.contains("ephemeral"), refusal);
        assertTrue(server.command("C9", "bouw agreements 2022-2023").body().isEmpty(), "refused twice");
        assertEquals(200, server.press(SlackButtons.NEXT_PREFIX + "0", "c:horeca 2022-2023", "C9", "1.1", null));
        assertEquals(200, event(SlackHttpModeTest.dm("EvM1", "horeca 2021-2022").replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")));
        FakeSlackApi.Call answer = slack.nextPost(10);
        assertNotNull(answer);
        assertEquals("D1", answer.body().get("channel").asText(), "the button's question was answered: " + answer.body());
    }

    private int event(String body) throws Exception {
        var request = new SlackSigner(SECRET).signed(URI.create("http://127.0.0.1:" + http.port() + "/slack/events"), body, SlackSigner.now())
                .header("Content-Type", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
