package be.duaalbot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code config/application.yml} (or the file {@code DUAALBOT_CONFIG} names), lays the
 * environment over it, and checks every value. Secrets are read from the environment only, or
 * from a file named by {@code <NAME>_FILE}; one in the YAML file is refused.
 */
public final class SettingsLoader {
    private static final Set<String> KEYS = Set.of("DUAALBOT_HOST", "PORT", "DUAALBOT_DATA_DIR", "DUAALBOT_ANSWER_CACHE_MB",
            "DUAALBOT_CONVERSATIONS", "DUAALBOT_CONVERSATION_IDLE_MINUTES", "DUAALBOT_STOP_SECONDS", "DUAALBOT_CHARTS", "DUAALBOT_RATE_USER_PER_MINUTE", "DUAALBOT_RATE_CHAT_PER_MINUTE", "DUAALBOT_RATE_API_PER_MINUTE",
            "DUAALBOT_IMPORT_MAX_MB", "DUAALBOT_IMPORT_MAX_LINE_CHARS",
            "DUAALBOT_IMPORT_MAX_COLUMNS", "DUAALBOT_IMPORT_MAX_ROWS", "DUAALBOT_IMPORT_MAX_PROBLEMS",
            "DUAALBOT_REVIEW", "DUAALBOT_STATE_DIR", "DUAALBOT_REVIEW_DAYS", "DUAALBOT_REVIEW_MB",
            "DUAALBOT_DELIVERY_MAX_AGE_SECONDS", "DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", "DUAALBOT_DELIVERY_TIMEOUT_SECONDS");

    private final Map<String, String> env;
    private final Map<String, String> file = new HashMap<>();
    /** The settings the channel modules declare, with their defaults. */
    private final Map<String, String> declared = new java.util.TreeMap<>();
    /** The secrets the channel modules declare (the service's own settings hold none). */
    private final Set<String> secrets = new java.util.TreeSet<>();

    private SettingsLoader(Map<String, String> env, java.util.List<ChannelModule> modules) {
        this.env = env;
        modules.forEach(m -> declared.putAll(m.settings()));
        modules.forEach(m -> secrets.addAll(m.secrets()));
    }

    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> env) {
        return load(env, ChannelModule.all());
    }

    /** The settings with these channel modules (the tests give their own). */
    static Settings load(Map<String, String> env, java.util.List<ChannelModule> modules) {
        SettingsLoader loader = new SettingsLoader(env, modules);
        loader.readFile(Defaults.settingsFile(env.get("DUAALBOT_CONFIG")));
        Settings settings = loader.settings();
        modules.forEach(m -> m.check(settings));
        Set<String> keys = new java.util.HashSet<>(KEYS);
        keys.addAll(loader.declared.keySet());
        SettingsChecks.warnLookalikes(env.keySet(), keys, loader.secrets);
        return settings;
    }

    private Settings settings() {
        return new Settings(host("DUAALBOT_HOST"), number("PORT", 0, 65535), Defaults.dataDir(text("DUAALBOT_DATA_DIR"), env.containsKey("DUAALBOT_DATA_DIR")),
                number("DUAALBOT_ANSWER_CACHE_MB", 0, 1_000_000), number("DUAALBOT_CONVERSATIONS", 1, 10_000_000),
                Duration.ofMinutes(number("DUAALBOT_CONVERSATION_IDLE_MINUTES", 1, 100_000)),
                Duration.ofSeconds(number("DUAALBOT_STOP_SECONDS", 0, 600)), flag("DUAALBOT_CHARTS"),
                number("DUAALBOT_RATE_USER_PER_MINUTE", 1, 100_000), number("DUAALBOT_RATE_CHAT_PER_MINUTE", 1, 100_000),
                number("DUAALBOT_RATE_API_PER_MINUTE", 1, 1_000_000), importLimits(),
                new Settings.Review(flag("DUAALBOT_REVIEW"), directory("DUAALBOT_STATE_DIR"),
                        number("DUAALBOT_REVIEW_DAYS", 1, 3650), number("DUAALBOT_REVIEW_MB", 1, 4096)),
                Duration.ofSeconds(number("DUAALBOT_DELIVERY_MAX_AGE_SECONDS", 1, 86_400)),
                Duration.ofSeconds(number("DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", 1, 3_600)),
                Duration.ofSeconds(number("DUAALBOT_DELIVERY_TIMEOUT_SECONDS", 1, 600)), channelSettings(), channelSecrets());
    }

    private Map<String, Secret> channelSecrets() {
        Map<String, Secret> values = new java.util.TreeMap<>();
        secrets.forEach(key -> values.put(key, secret(key)));
        return java.util.Collections.unmodifiableMap(values);
    }

    private Map<String, String> channelSettings() {
        Map<String, String> values = new java.util.TreeMap<>();
        declared.forEach((key, fallback) -> values.put(key, env.getOrDefault(key, file.getOrDefault(key, fallback))));
        return java.util.Collections.unmodifiableMap(values);
    }

    private be.duaalbot.data.ImportLimits importLimits() {
        return new be.duaalbot.data.ImportLimits(number("DUAALBOT_IMPORT_MAX_MB", 1, 100_000) * 1024L * 1024L,
                number("DUAALBOT_IMPORT_MAX_LINE_CHARS", 100, 100_000_000), number("DUAALBOT_IMPORT_MAX_COLUMNS", 2, 1_000_000),
                number("DUAALBOT_IMPORT_MAX_ROWS", 1, 1_000_000_000), number("DUAALBOT_IMPORT_MAX_PROBLEMS", 1, 100_000));
    }

    private void readFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SettingsException("DUAALBOT_CONFIG", "no settings file at " + path);
        }
        JsonNode root;
        try {
            // a key written twice would silently keep the last: refused instead
            root = new ObjectMapper(new YAMLFactory()).enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(Files.newInputStream(path));
        } catch (IOException e) {
            throw new SettingsException("DUAALBOT_CONFIG", path + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (secrets.contains(entry.getKey())) {
                throw new SettingsException(entry.getKey(), "secrets come from the environment only, not from " + path);
            }
            if (!KEYS.contains(entry.getKey()) && !declared.containsKey(entry.getKey())) {
                throw new SettingsException(entry.getKey(), "unknown setting in " + path);
            }
            file.put(entry.getKey(), entry.getValue().asText());
        }
    }

    private String text(String key) {
        String value = env.get(key);
        return value != null ? value : file.getOrDefault(key, "");
    }

    private int number(String key, int min, int max) {
        String value = text(key).strip();
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new SettingsException(key, "'" + value + "' is not a whole number from " + min + " to " + max);
    }

    private boolean flag(String key) {
        String value = text(key).strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw new SettingsException(key, "'" + value + "' is not true or false");
    }

    private Path directory(String key) {
        String value = text(key).strip();
        try {
            if (!value.isEmpty()) {
                return Path.of(value);
            }
        } catch (java.nio.file.InvalidPathException e) {
            // said below
        }
        throw new SettingsException(key, "'" + value + "' is not a directory path");
    }

    private String host(String key) {
        String value = text(key).strip();
        if (value.isEmpty() || !value.matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
            throw new SettingsException(key, "'" + value + "' is not a host name or address");
        }
        return value;
    }

    private Secret secret(String key) {
        String value = env.get(key);
        String path = env.get(key + "_FILE");
        if (value != null && !value.isBlank()) {
            return new Secret(value.strip());
        }
        if (path == null || path.isBlank()) {
            return new Secret("");
        }
        try {
            return new Secret(Files.readString(Path.of(path)).strip());
        } catch (IOException | RuntimeException e) {
            throw new SettingsException(key + "_FILE", "cannot read the file " + path);
        }
    }
}
