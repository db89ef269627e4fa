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
 * Placeholders are named ({member}, {measure}, {unit}, {breakdown}, {total} ...) or, in texts
 * that name nothing of the data, numbered ({0}, {1} ...). They are replaced literally: arguments
 * arrive already formatted for the language, so nothing here depends on the JVM's default locale.
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
        return template(language, key).fill(args, Map.of());
    }

    /**
     * The text with the words the data gives ({measures}, {units}, {years} ...) put in by
     * {@code words} first, then the arguments: so a new measure or year changes the wording.
     */
    String get(Language language, String key, java.util.function.UnaryOperator<String> words, Object... args) {
        return worded(language, key, words).fill(args, Map.of());
    }

    /** The text with the data's words put in, then the named arguments ({member}, {measure} ...). */
    String get(Language language, String key, java.util.function.UnaryOperator<String> words, Map<String, ?> named) {
        return worded(language, key, words).fill(new Object[0], named);
    }

    private Template worded(Language language, String key, java.util.function.UnaryOperator<String> words) {
        Template template = template(language, key);
        if (!template.named) {
            return template;
        }
        // the data's words are the same for every reply of this dataset: put them in once per text
        Template done = worded.get(language).get(key);
        if (done == null) { // not computeIfAbsent: putting the data's words in may need other texts
            done = Template.of(words.apply(template.text));
            worded.get(language).putIfAbsent(key, done);
        }
        return done;
    }

    /** A text with named arguments only, none of the data's words (for the texts those words are made of). */
    String plain(Language language, String key, Map<String, ?> named) {
        return template(language, key).fill(new Object[0], named);
    }

    /** Every key of a language's texts, for the test that each language has the same texts. */
    java.util.Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }

    /** The placeholders of a text, named and numbered, as written. */
    java.util.Set<String> placeholders(Language language, String key) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = Template.SLOT.matcher(template(language, key).text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private Template template(Language language, String key) {
        Template template = texts.get(language).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' for " + language.code());
        }
        return template;
    }

    /**
     * A text cut once into literal parts and placeholders, so that filling it in is one pass. A
     * placeholder is a number ({0}) or a name ({measure}); one not given stays as written, so the
     * data's words ({measures}, {units} ...) can be put in before the arguments.
     */
    private record Template(String text, boolean named, String[] literals, String[] slots) {
        static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{(\\d|[a-z][A-Za-z]*)}");

        static Template of(String text) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<String> slots = new java.util.ArrayList<>();
            java.util.regex.Matcher m = SLOT.matcher(text);
            int from = 0;
            boolean named = false;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                slots.add(m.group(1));
                named |= !Character.isDigit(m.group(1).charAt(0));
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(text, named, literals.toArray(String[]::new), slots.toArray(String[]::new));
        }

        String fill(Object[] args, Map<String, ?> named) {
            StringBuilder out = new StringBuilder(64);
            for (int i = 0; i < slots.length; i++) {
                out.append(literals[i]);
                String slot = slots[i];
                Object value = Character.isDigit(slot.charAt(0))
                        ? (slot.charAt(0) - '0' < args.length ? args[slot.charAt(0) - '0'] : null) : named.get(slot);
                out.append(value != null ? String.valueOf(value) : "{" + slot + "}");
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
