package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsException;
import be.duaalbot.core.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram's settings, declared by its module: the file's defaults, the environment over them, typed, checked together. */
class TelegramSettingsTest {
    private static final String SECRET = "123456:VERY-SECRET-TOKEN";

    @TempDir
    Path temp;

    @Test
    void theFileGivesTheDefaultsAndTheBotIsOffWithoutAToken() {
        TelegramSettings t = TelegramSettings.of(SettingsLoader.load(Map.of()));
        assertEquals("https://api.telegram.org", t.apiUrl().toString());
        assertFalse(t.on() || t.webhook());
        assertEquals(Set.of(), t.allowedChats());
    }

    @Test
    void theEnvironmentOverridesTheFileAndTheTokenStaysOutOfEveryText() {
        Settings s = SettingsLoader.load(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:5000", "TELEGRAM_BOT_TOKEN", SECRET,
                "TELEGRAM_ALLOWED_CHATS", "-100123, 42"));
        TelegramSettings t = TelegramSettings.of(s);
        assertEquals("http://127.0.0.1:5000", t.apiUrl().toString());
        assertTrue(t.on());
        assertEquals(SECRET, t.botToken().value());
        assertEquals(Set.of("-100123", "42"), t.allowedChats());
        assertFalse(s.toString().contains(SECRET) || t.toString().contains(SECRET), "a secret in toString");
    }

    @Test
    void theTokenComesFromTheEnvironmentOrAFileNeverFromTheYaml() throws IOException {
        Path token = Files.writeString(temp.resolve("token"), SECRET + "\n");
        assertEquals(SECRET, TelegramSettings.of(SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN_FILE", token.toString()))).botToken().value());
        Path yml = Files.writeString(temp.resolve("app.yml"), "PORT: 1\nTELEGRAM_BOT_TOKEN: " + SECRET + "\n");
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(Map.of("DUAALBOT_CONFIG", yml.toString())));
        assertTrue(e.getMessage().startsWith("setting TELEGRAM_BOT_TOKEN: secrets come from the environment only"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "the secret is echoed");
    }

    @Test
    void aBadValueStopsTheStartNamingTheSettingAndTheValue() {
        assertProblem(Map.of("TELEGRAM_API_URL", "ftp://x"), "setting TELEGRAM_API_URL: 'ftp://x' is not an http or https URL");
        assertProblem(Map.of("TELEGRAM_ALLOWED_CHATS", "42,general"), "setting TELEGRAM_ALLOWED_CHATS: 'general' is not an id");
        assertProblem(Map.of("TELEGRAM_WEBHOOK_URL", "not a url"), "setting TELEGRAM_WEBHOOK_URL: 'not a url' is not an http or https URL");
    }

    @Test
    void misconfigurationsThatWouldFailLaterStopTheStart() {
        String hook = "https://bot.example.org/telegram/webhook";
        assertProblem(Map.of("TELEGRAM_WEBHOOK_URL", hook), "setting TELEGRAM_WEBHOOK_SECRET: a webhook needs its secret");
        assertProblem(Map.of("TELEGRAM_WEBHOOK_URL", "http://bot.example.org/w", "TELEGRAM_WEBHOOK_SECRET", "s"),
                "setting TELEGRAM_WEBHOOK_URL: Telegram calls webhooks over https only");
        assertProblem(Map.of("TELEGRAM_WEBHOOK_URL", hook, "TELEGRAM_WEBHOOK_SECRET", "not valid!"), "setting TELEGRAM_WEBHOOK_SECRET: 1 to 256");
        assertProblem(Map.of("TELEGRAM_API_URL", "https://proxy.example.org/telegram"), "setting TELEGRAM_API_URL: only scheme, host and port");
        assertTrue(TelegramSettings.of(SettingsLoader.load(Map.of("TELEGRAM_WEBHOOK_URL", hook, "TELEGRAM_WEBHOOK_SECRET", "s-1"))).webhook());
    }

    private static void assertProblem(Map<String, String> env, String start) {
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(env));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
