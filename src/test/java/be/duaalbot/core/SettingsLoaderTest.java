package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings: the defaults of config/application.yml, the environment over them, one line per bad value, secrets kept out. */
class SettingsLoaderTest {
    private static final String SECRET = "123456:VERY-SECRET-TOKEN";

    @TempDir
    Path temp;

    @Test
    void theFileGivesTheDefaults() {
        Settings s = SettingsLoader.load(Map.of());
        assertEquals(8080, s.port());
        assertEquals(Path.of("config/data"), s.dataDir());
        assertEquals(Duration.ofMinutes(30), s.conversationIdle());
        assertEquals(new Settings.Review(true, Path.of("state"), 30, 16), s.review());
    }

    @Test
    void theReviewIsSetLikeEverythingElse() {
        Settings s = SettingsLoader.load(Map.of("DUAALBOT_REVIEW", "false", "DUAALBOT_STATE_DIR", "/var/lib/duaalbot",
                "DUAALBOT_REVIEW_DAYS", "7", "DUAALBOT_REVIEW_MB", "2"));
        assertEquals(new Settings.Review(false, Path.of("/var/lib/duaalbot"), 7, 2), s.review());
        assertProblem(Map.of("DUAALBOT_REVIEW", "yes"), "setting DUAALBOT_REVIEW: 'yes' is not true or false");
        assertProblem(Map.of("DUAALBOT_REVIEW_DAYS", "0"), "setting DUAALBOT_REVIEW_DAYS:");
        assertProblem(Map.of("DUAALBOT_REVIEW_MB", "0"), "setting DUAALBOT_REVIEW_MB:");
        assertProblem(Map.of("DUAALBOT_STATE_DIR", " "), "setting DUAALBOT_STATE_DIR:");
    }

    @Test
    void theEnvironmentOverridesEverySetting() {
        Settings s = SettingsLoader.load(Map.of("PORT", "9090", "DUAALBOT_DATA_DIR", "/data", "DUAALBOT_HOST", "127.0.0.1",
                "DUAALBOT_WEB", "false"));
        assertEquals(9090, s.port());
        assertEquals(Path.of("/data"), s.dataDir());
        assertEquals("127.0.0.1", s.host());
        assertFalse(s.channelFlag("DUAALBOT_WEB"));
    }

    @Test
    void anInvalidSettingNamesTheSettingAndTheProblem() {
        assertProblem(Map.of("PORT", "eighty"), "setting PORT: 'eighty' is not a whole number");
        assertProblem(Map.of("PORT", "70000"), "setting PORT:");
        assertProblem(Map.of("DUAALBOT_CONVERSATIONS", "0"), "setting DUAALBOT_CONVERSATIONS:");
        assertProblem(Map.of("DUAALBOT_CONFIG", temp.resolve("missing.yml").toString()), "setting DUAALBOT_CONFIG: no settings file");
    }

    @Test
    void anUnknownSettingInTheFileIsRefused() throws IOException {
        Path yml = Files.writeString(temp.resolve("app.yml"), "PROT: 8080\n");
        assertProblem(Map.of("DUAALBOT_CONFIG", yml.toString()), "setting PROT: unknown setting");
    }

    @Test
    void aKeyWrittenTwiceInTheFileStopsTheStart() throws IOException {
        Path twice = Files.writeString(temp.resolve("twice.yml"), "PORT: 8080\nPORT: 9090\n");
        assertProblem(Map.of("DUAALBOT_CONFIG", twice.toString()), "setting DUAALBOT_CONFIG: " + twice + " is not valid YAML: Duplicate");
    }

    @Test
    void aVariableThatLooksLikeASettingGetsOneWarningNamingTheClosest() {
        java.util.List<String> warned = warnings(() -> SettingsLoader.load(Map.of("DUAALBOT_RATE_USER_PER_MINUTES", "5",
                "TELEGRAM_BOT_TOKEN_FILE", "/dev/null", "HOME", "/root")));
        assertEquals(1, warned.size(), warned.toString());
        assertTrue(warned.get(0).contains("DUAALBOT_RATE_USER_PER_MINUTES")
                && warned.get(0).contains("did you mean DUAALBOT_RATE_USER_PER_MINUTE?"), warned.toString());
    }

    /** A channel of the test's own, with a setting and a secret. */
    private static final ChannelModule PAGER = new ChannelModule() {
        @Override
        public String name() {
            return "pager";
        }

        @Override
        public Map<String, String> settings() {
            return Map.of("PAGER_URL", "https://pager.example.org");
        }

        @Override
        public java.util.Set<String> secrets() {
            return java.util.Set.of("PAGER_TOKEN");
        }
    };

    /** The modules of the class path (the settings file names their settings) and the pager. */
    private static java.util.List<ChannelModule> withPager() {
        java.util.List<ChannelModule> modules = new java.util.ArrayList<>(ChannelModule.all());
        modules.add(PAGER);
        return modules;
    }

    @Test
    void aSecretAChannelDeclaresIsTreatedLikeEveryOtherSecret() throws IOException {
        Settings s = SettingsLoader.load(Map.of("PAGER_TOKEN", SECRET), withPager());
        assertEquals(SECRET, s.channelSecret("PAGER_TOKEN").value());
        assertEquals("https://pager.example.org", s.channel("PAGER_URL"));
        assertFalse(s.toString().contains(SECRET), "a secret in toString");
        assertFalse(SettingsLoader.load(Map.of(), withPager()).channelSecret("PAGER_TOKEN").isSet());
        Path token = Files.writeString(temp.resolve("pager"), SECRET + "\n");
        assertEquals(SECRET, SettingsLoader.load(Map.of("PAGER_TOKEN_FILE", token.toString()), withPager())
                .channelSecret("PAGER_TOKEN").value());
        Path yml = Files.writeString(temp.resolve("pager.yml"), "PORT: 1\nPAGER_TOKEN: " + SECRET + "\n");
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsLoader.load(Map.of("DUAALBOT_CONFIG", yml.toString()), withPager()));
        assertTrue(e.getMessage().startsWith("setting PAGER_TOKEN: secrets come from the environment only"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "the secret is echoed");
        SettingsException missing = assertThrows(SettingsException.class,
                () -> SettingsLoader.load(Map.of("PAGER_TOKEN_FILE", temp.resolve("none").toString()), withPager()));
        assertTrue(missing.getMessage().startsWith("setting PAGER_TOKEN_FILE: cannot read"), missing.getMessage());
    }

    @Test
    void aChannelsSecretAndItsFileAreNoLookalikesButATypoIs() {
        java.util.List<String> warned = warnings(() -> SettingsLoader.load(Map.of("PAGER_TOKEN_FILE", "/dev/null",
                "PAGER_TOKEN", "t", "PAGER_TOKNE", "t"), withPager()));
        assertEquals(1, warned.size(), warned.toString());
        assertTrue(warned.get(0).contains("PAGER_TOKNE") && warned.get(0).contains("did you mean PAGER_TOKEN?"), warned.toString());
    }

    private static java.util.List<String> warnings(Runnable load) {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SettingsChecks.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            load.run();
        } finally {
            logger.detachAppender(seen);
        }
        return seen.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
    }

    private static void assertProblem(Map<String, String> env, String start) {
        SettingsException e = assertThrows(SettingsException.class, () -> SettingsLoader.load(env));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
