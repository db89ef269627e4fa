package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.SettingsException;
import be.duaalbot.core.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack's settings, declared by its module: the file's defaults, the two modes, typed allow-lists, secrets kept out. */
class SlackSettingsTest {
    private static final String SECRET = "xoxb-VERY-SECRET-TOKEN";

    @TempDir
    Path temp;

    @Test
    void theFileGivesTheDefaultsAndSlackIsOffWithoutTokens() {
        SlackSettings s = SlackSettings.of(SettingsLoader.load(Map.of()));
        assertEquals("https://slack.com/api/", s.apiUrl().toString());
        assertFalse(s.on() || s.socketModeOn() || s.httpOn());
        assertEquals(Set.of(), s.allowedTeams());
    }

    @Test
    void anAppTokenMeansSocketModeASigningSecretAloneHttpMode() throws IOException {
        Path token = Files.writeString(temp.resolve("token"), SECRET + "\n");
        SlackSettings socket = SlackSettings.of(SettingsLoader.load(Map.of("SLACK_BOT_TOKEN_FILE", token.toString(),
                "SLACK_APP_TOKEN", "xapp-1", "SLACK_SIGNING_SECRET", "s")));
        assertTrue(socket.socketModeOn() && !socket.httpOn());
        assertEquals(SECRET, socket.botToken().value());
        assertFalse(socket.toString().contains(SECRET), "a secret in toString");
        SlackSettings http = SlackSettings.of(SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", SECRET, "SLACK_SIGNING_SECRET", "s",
                "SLACK_API_URL", "http://127.0.0.1:5001/api/", "SLACK_ALLOWED_TEAMS", "T1, T2")));
        assertTrue(http.httpOn() && !http.socketModeOn());
        assertEquals("http://127.0.0.1:5001/api/", http.apiUrl().toString());
        assertEquals(Set.of("T1", "T2"), http.allowedTeams());
    }

    @Test
    void aBadValueOrASecretInTheFileStopsTheStartNamingTheSetting() throws IOException {
        assertProblem(Map.of("SLACK_ALLOWED_CHANNELS", "C1,general"), "setting SLACK_ALLOWED_CHANNELS: 'general' is not an id");
        assertProblem(Map.of("SLACK_API_URL", "slack.com"), "setting SLACK_API_URL: 'slack.com' is not an http or https URL");
        Path yml = Files.writeString(temp.resolve("app.yml"), "PORT: 1\nSLACK_SIGNING_SECRET: " + SECRET + "\n");
        SettingsException e = assertProblem(Map.of("DUAALBOT_CONFIG", yml.toString()),
                "setting SLACK_SIGNING_SECRET: secrets come from the environment only");
        assertFalse(e.getMessage().contains(SECRET), "the secret is echoed");
    }

    private static SettingsException assertProblem(Map<String, String> env, String start) {
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(env));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        return e;
    }
}
