package be.duaalbot.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.ChatChannel;
import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsLoader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chat platforms are found as modules: off without their credentials, on with them, each saying so in its line. */
class ChatModulesTest {

    @Test
    void telegramAndSlackAreFoundAsChatModules() {
        var names = ChatModule.all().stream().map(ChatModule::name).toList();
        assertTrue(names.contains("telegram") && names.contains("slack"), names.toString());
    }

    @Test
    void withoutCredentialsNoChatModuleOpensAndEachSaysHowToTurnItOn() {
        TestService test = new TestService();
        Settings settings = SettingsLoader.load(Map.of());
        for (ChatModule module : ChatModule.all()) {
            assertEquals(Optional.empty(), module.open(test.http, test.service, settings), module.name());
            assertTrue(module.line(settings).startsWith("channel " + module.name() + ": off; set "), module.line(settings));
        }
    }

    @Test
    void withCredentialsEachOpensItsChannelNotYetConnected() {
        TestService test = new TestService();
        Settings settings = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", "123:T", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s"));
        for (ChatModule module : ChatModule.all()) {
            ChatChannel channel = module.open(test.http, test.service, settings).orElseThrow();
            try {
                assertEquals(module.name(), channel.name());
                assertEquals(ChatChannel.State.STARTING, channel.state());
                assertTrue(module.line(settings).startsWith("channel " + module.name() + ": on ("), module.line(settings));
            } finally {
                channel.stop();
            }
        }
    }
}
