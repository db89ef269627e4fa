package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The recognizer's, the leftover classifier's and the topic chooser's named rules (as {@link IntentRulesTest} does for
 * the intent rules): each example in the corpus is decided by its rule, and every rule has
 * examples in both languages.
 */
class ReadingRulesTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(DATA);
    private static final TopicChooser TOPICS = new TopicChooser(DATA, new WordKnowledge(DATA, new Normalizer()));

    private record Example(String rule, String question, String word) { }

    private static List<Example> examples(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/corpus", file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\|"))
                .map(p -> new Example(p[0].strip(), p[1].strip(), p.length > 2 ? p[2].strip() : "")).toList();
    }

    @TestFactory
    Stream<DynamicTest> eachWordIsDecidedByItsLeftoverRule() throws IOException {
        return examples("leftover-rules.txt").stream().map(x -> DynamicTest.dynamicTest(x.rule() + ": " + x.question(), () -> {
            Entities e = RECOGNIZER.recognize(x.question());
            Leftover l = e.leftovers().stream().filter(w -> w.word().equals(x.word())).findFirst()
                    .orElseThrow(() -> new AssertionError(x.word() + " is no leftover: " + e));
            assertTrue(x.rule().equals(l.kindRule()) || x.rule().equals(l.attachRule()), l::toString);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachQuestionFiresItsRecognizerRule() throws IOException {
        return examples("recognizer-rules.txt").stream().map(x -> DynamicTest.dynamicTest(x.rule() + ": " + x.question(), () -> {
            Entities e = RECOGNIZER.recognize(x.question());
            // a count of what no table counts holds only while no table counts it (a pupils table may come)
            org.junit.jupiter.api.Assumptions.assumeTrue(!x.rule().equals(RecognizerRules.COUNTED_WITHOUT_TABLE)
                    || DATA.measures().keySet().stream().anyMatch(m -> DATA.tablesOf(m).isEmpty()), "every measure has a table");
            assertTrue(e.rules().contains(x.rule()), e::toString);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachQuestionIsDecidedByItsTopicRule() throws IOException {
        return examples("topic-rules.txt").stream().map(x -> DynamicTest.dynamicTest(x.rule() + ": " + x.question(), () -> {
            Entities e = RECOGNIZER.recognize(x.question());
            // the rule of a measure without a table holds only while its measure has none (a pupils table may come)
            e.measures().forEach(m -> org.junit.jupiter.api.Assumptions.assumeTrue(
                    !x.rule().equals("a measure without a table") || DATA.tablesOf(m).isEmpty(), "a table of " + m + " is loaded"));
            assertEquals(x.rule(), TOPICS.firing(e).map(TopicChooser.Rule::name).orElse("(none)"), e::toString);
        }));
    }

    @Test
    void everyRuleHasExamplesInBothLanguages() throws IOException {
        check(examples("leftover-rules.txt"), RECOGNIZER.leftoverRules());
        check(examples("recognizer-rules.txt"), RecognizerRules.NAMES);
        check(examples("topic-rules.txt"), TOPICS.names());
    }

    private static void check(List<Example> examples, List<String> rules) {
        Map<String, Set<Language>> languages = examples.stream().collect(Collectors.groupingBy(Example::rule,
                Collectors.mapping(x -> RECOGNIZER.recognize(x.question()).language(), Collectors.toSet())));
        for (String rule : rules) {
            assertEquals(Set.of(Language.values()), languages.getOrDefault(rule, Set.of()), () -> "examples of rule " + rule);
        }
        assertTrue(rules.containsAll(languages.keySet()), () -> "examples of unknown rules: " + languages.keySet());
    }
}
