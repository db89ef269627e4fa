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
    private final Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
    /**
     * Texts with the data's words put in, per language; one Messages serves one dataset (a reload
     * builds a new composer), so these never go stale.
     */
    private final Map<Language, java.util.concurrent.ConcurrentMap<String, Template>> worded = new EnumMap<>(Language.class);

    Messages() {
        for (Language language : Language.values()) {
            Map<String, Template> templates = new java.util.HashMap<>();
            load("/messages/" + language.code() + ".properties")
                    .forEach((key, text) -> templates.put((String) key, Template.of((String) text)));
            texts.put(language, templates);
            worded.put(language, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    String get(Language language, String key, Object... args) {
        return template(language, key).fill(args);
    }

    /**
     * The text with the words the data gives ({measures}, {units}, {years} ...) put in by
     * {@code words} first, then the arguments: so a new measure or year changes the wording.
     */
    String get(Language language, String key, java.util.function.UnaryOperator<String> words, Object... args) {
        Template template = template(language, key);
        if (!template.named) {
            return template.fill(args);
        }
        // the data's words are the same for every reply of this dataset: put them in once per text
        return worded.get(language).computeIfAbsent(key, k -> Template.of(words.apply(template.text))).fill(args);
    }

    private Template template(Language language, String key) {
        Template template = texts.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' for " + language.code());
        }
        return template;
    }

    /** A text cut once into literal parts and placeholders, so that filling it in is one pass. */
    private record Template(String text, boolean named, String[] literals, int[] slots) {
        private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{(\\d)}");
        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\{[a-z][A-Za-z]*}");

        static Template of(String text) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> slots = new java.util.ArrayList<>();
            java.util.regex.Matcher m = SLOT.matcher(text);
            int from = 0;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                slots.add(Integer.parseInt(m.group(1)));
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(text, NAME.matcher(text).find(), literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
        }

        String fill(Object[] args) {
            StringBuilder out = new StringBuilder(64);
            for (int i = 0; i < slots.length; i++) {
                out.append(literals[i]);
                int slot = slots[i];
                out.append(slot < args.length ? String.valueOf(args[slot]) : "{" + slot + "}");
            }
            return out.append(literals[slots.length]).toString();
        }
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
