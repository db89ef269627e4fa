package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stage that classifies every word no term covers: fillers, numbers and typos pass; an
 * unknown word next to what is asked ("ICT-bedrijven", "in de Kempen") names part of the subject;
 * words of a preamble before the question itself ("ik werk bij een federatie:") do not count.
 */
class LeftoverClassifierTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(DATA);

    private static List<String> subjects(String question) {
        return RECOGNIZER.recognize(question).unknownSubjects().stream().map(Leftover::word).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "hoeveel cybersecurity bedrijven hadden een erkenning | cybersecurity",
        "hoeveel juweliers en horlogemakers erkend   | juweliers",
        "erkende bedrijven in de scheldepolders      | scheldepolders",
        "hoeveel ovk hadden de bouw en de scheepsbouwers | scheepsbouwers",
        "how many fintechs had an agreement in 2022-2023 | fintechs",
        "welke robotica sector had de meeste ovk     | robotica",
    })
    void anUnknownWordNextToWhatIsAskedIsASubject(String question, String word) {
        assertTrue(subjects(question).contains(word), () -> question + " -> " + subjects(question));
    }

    @Test
    void wordsOfAPreambleAreNotAsked() {
        Entities e = RECOGNIZER.recognize("ik schrijf een beleidsnota over de zorgvernieuwing. hoeveel erkende bedrijven in 22-23?");
        assertTrue(e.unknown().contains("zorgvernieuwing"), e::toString);
        assertTrue(e.unknownAsked().isEmpty(), () -> "asked: " + e.unknownAsked());
    }

    @Test
    void fillersNumbersAndTyposAreNoContent() {
        Entities e = RECOGNIZER.recognize("geef mij eens graag de ovk van horeca in limbrug voor 2022-2023 aub, top 3 pls");
        assertTrue(e.unknown().isEmpty(), () -> "unknown: " + e.unknown());
        assertTrue(e.leftovers().stream().anyMatch(l -> l.kind() == Leftover.WordClass.TYPO && l.word().equals("limbrug")));
        assertTrue(e.leftovers().stream().anyMatch(l -> l.kind() == Leftover.WordClass.NUMBER && l.word().equals("3")));
    }

    @Test
    void aCommonWordIsNeverReadAsATypoOfAName() {
        Entities e = RECOGNIZER.recognize("how many large companies had an agreement");
        assertFalse(e.members().contains("Binnenvaart"), e::toString);
        assertEquals(List.of(), e.members());
    }
}
