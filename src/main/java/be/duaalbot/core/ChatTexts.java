package be.duaalbot.core;

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
 * The chat channels' own texts (short answers, buttons, notices) from
 * {@code messages/chat-<code>.properties}, kept apart from the composer's texts so that each can
 * change on its own. Placeholders are replaced literally: arguments arrive formatted.
 */
public final class ChatTexts {
    private static final ChatTexts INSTANCE = new ChatTexts();

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    private ChatTexts() {
        for (Language language : Language.values()) {
            texts.put(language, load("/messages/chat-" + language.code() + ".properties"));
        }
    }

    public static ChatTexts get() {
        return INSTANCE;
    }

    public String text(Language language, String key, Object... args) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no chat text '" + key + "' for " + language.code());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A text with named placeholders, given as pairs ("total", "Totaal Vlaamse gemeenschap", "year", ...). */
    public String named(Language language, String key, Object... pairs) {
        String text = text(language, key);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return text;
    }

    private static Properties load(String resource) {
        InputStream in = java.util.Objects.requireNonNull(ChatTexts.class.getResourceAsStream(resource), resource);
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
