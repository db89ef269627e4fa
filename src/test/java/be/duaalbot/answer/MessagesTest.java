package be.duaalbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Localized;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The message bundles: every text exists in every language with the same placeholders (so no
 * language is missing a word the other fills in), and no text writes a measure, unit or breakdown
 * of the data itself: those come from the data through named placeholders.
 */
class MessagesTest {
    /** The composer's texts and the chat channels' own. */
    private static final List<String> BUNDLES = List.of("messages/%s.properties", "messages/chat-%s.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d|[a-z][A-Za-z]*)}");
    /** Example questions are written as people ask, in the data's words; every other text takes them from the data. */
    private static final Pattern EXAMPLES = Pattern.compile("example\\.\\d|empty|textOnly|usage|inline\\..*");

    @TestFactory
    Stream<DynamicTest> everyTextExistsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Map<Language, Properties> texts = new TreeMap<>();
            for (Language language : Language.values()) {
                texts.put(language, load(String.format(Locale.ROOT, bundle, language.code())));
            }
            Set<String> keys = new TreeSet<>();
            texts.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
            assertFalse(keys.isEmpty(), bundle);
            for (String key : keys) {
                tests.add(DynamicTest.dynamicTest(bundle + " " + key, () -> {
                    Set<String> first = null;
                    for (var e : texts.entrySet()) {
                        String text = e.getValue().getProperty(key);
                        assertTrue(text != null, () -> key + " is missing in " + e.getKey().code());
                        Set<String> slots = placeholders(text);
                        if (first == null) {
                            first = slots;
                        } else {
                            assertEquals(first, slots, key + ": the languages fill in different placeholders");
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noTextWritesAMeasureUnitOrBreakdownOfTheData() throws IOException {
        Dataset data = DataLoader.load(Path.of("config/data"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : Language.values()) {
            Set<String> names = new TreeSet<>();
            data.measures().values().forEach(m -> List.of(m.name(), m.unit()).forEach(n -> names.add(word(n, language))));
            data.breakdowns().values().forEach(b -> List.of(b.name(), b.plural()).forEach(n -> names.add(word(n, language))));
            for (String bundle : BUNDLES) {
                Properties texts = load(String.format(Locale.ROOT, bundle, language.code()));
                for (String key : texts.stringPropertyNames()) {
                    if (EXAMPLES.matcher(key).matches()) {
                        continue;
                    }
                    String text = texts.getProperty(key).toLowerCase(Locale.ROOT);
                    tests.add(DynamicTest.dynamicTest(language.code() + " " + key, () -> names.forEach(name ->
                            assertFalse(Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find(),
                                    () -> key + " writes '" + name + "' itself: " + text))));
                }
            }
        }
        return tests.stream();
    }

    private static String word(Localized name, Language language) {
        return name.in(language).toLowerCase(Locale.ROOT);
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
