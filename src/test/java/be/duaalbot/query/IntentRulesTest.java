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

/** Every intent rule has examples in both languages, and each example is decided by its own rule first. */
class IntentRulesTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(DATA);
    private static final IntentReader READER = new IntentReader(DATA);

    private record Example(String rule, String question) { }

    private static List<Example> examples() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/corpus/intent-rules.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|", 2)).map(p -> new Example(p[0].strip(), p[1].strip())).toList();
    }

    @TestFactory
    Stream<DynamicTest> eachExampleIsDecidedByItsRule() throws IOException {
        return examples().stream().map(x -> DynamicTest.dynamicTest(x.rule() + ": " + x.question(), () -> {
            Entities e = RECOGNIZER.recognize(x.question());
            String fired = READER.firing(e).map(IntentReader.Rule::name).orElse("(none)");
            assertEquals(x.rule(), fired, () -> x.question() + " -> " + e);
        }));
    }

    @Test
    void everyRuleHasExamplesInBothLanguages() throws IOException {
        Map<String, Set<Language>> languages = examples().stream().collect(Collectors.groupingBy(Example::rule,
                Collectors.mapping(x -> RECOGNIZER.recognize(x.question()).language(), Collectors.toSet())));
        for (String rule : READER.names()) {
            assertEquals(Set.of(Language.values()), languages.getOrDefault(rule, Set.of()), () -> "examples of rule " + rule);
        }
        assertTrue(READER.names().containsAll(languages.keySet()), () -> "examples of unknown rules: " + languages.keySet());
    }
}
