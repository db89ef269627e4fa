package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Both manifests ask only the scopes the bot uses, have the App Home, and differ only in how requests arrive. */
class SlackManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void leastPrivilegeAndTheAppHomeInBothModes() throws Exception {
        JsonNode socket = YAML.readTree(new File("config/slack-app-manifest.yml"));
        JsonNode http = YAML.readTree(new File("config/slack-app-manifest-http.yml"));
        for (JsonNode manifest : new JsonNode[] {socket, http}) {
            Set<String> scopes = new HashSet<>();
            manifest.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
            assertEquals(Set.of("app_mentions:read", "chat:write", "commands", "im:history", "files:write"), scopes);
            assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean());
            assertTrue(manifest.at("/settings/event_subscriptions/bot_events").toString().contains("app_home_opened"));
        }
        assertTrue(socket.at("/settings/socket_mode_enabled").asBoolean());
        assertEquals(false, http.at("/settings/socket_mode_enabled").asBoolean());
        assertTrue(http.at("/settings/event_subscriptions/request_url").asText().endsWith(SlackChannel.EVENTS_PATH));
    }
}
