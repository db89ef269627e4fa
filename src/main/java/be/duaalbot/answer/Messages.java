package be.duaalbot.answer;

import be.duaalbot.data.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The reply texts of each language, from {@code messages/<code>.properties} (UTF-8).
 * Placeholders {0}, {1} ... are replaced literally: arguments arrive already formatted for
 * the language, so nothing here depends on the JVM's default locale.
 */
final class Messages {
    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    Messages() {
        for (Language language : Language.values()) {
            texts.put(language, load("/messages/" + language.code() + ".properties"));
        }
    }

    String get(Language language, String key, Object... args) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' for " + language.code());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    boolean has(Language language, String key) {
        return texts.get(language).containsKey(key);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
