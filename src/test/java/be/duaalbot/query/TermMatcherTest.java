package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Term matching, through the public entity recogniser on the repository's lexicons: typos
 * within tolerance, no fuzzing of short words, compounds, the longest match, groups and the
 * language of the question.
 */
class TermMatcherTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(DATA);

    private static Entities recognize(String question) {
        return RECOGNIZER.recognize(question);
    }

    @Test
    void theRowLabelsUsedHereExist() {
        for (String label : List.of("Provincie Antwerpen", "Provincie Limburg", "Provincie West-Vlaanderen",
                "Totaal Vlaamse gemeenschap", "Bouw", "Horeca", "Vlaams Partnerschap", "Textiel", "Binnenvaart")) {
            assertTrue(DATA.allMembers().contains(label), label);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "antwerpn                    | Provincie Antwerpen",
        "Limbrug                     | Provincie Limburg",
        "erkenningen Limbrug         | Provincie Limburg",
        "limbrug 2022-2023           | Provincie Limburg",
        "west-vlaandren              | Provincie West-Vlaanderen",
        "horaca                      | Horeca",
    })
    void memberWithATypo(String question, String member) {
        Entities e = recognize(question);
        assertEquals(List.of(member), e.members(), () -> question + " -> " + e);
        assertTrue(e.unknown().isEmpty(), () -> "a recognised word is not unknown: " + e.unknown());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "overeenkomstn, agreements",
        "overeenkomsen, agreements",
        "erkeningen, recognitions",
        "agreemnts, agreements",
    })
    void measureWithATypo(String question, String measure) {
        Entities e = recognize(question);
        assertEquals(List.of(measure), e.measures(), () -> question + " -> " + e);
    }

    @ParameterizedTest(name = "{0} is beyond tolerance")
    @CsvSource({
        "lmbrg, Provincie Limburg",       // five letters, two edits
        "antxxxpen, Provincie Antwerpen", // three edits
        "xorexa, Horeca",                 // two edits in a six-letter word, first letter changed
    })
    void typoBeyondToleranceIsNotRead(String question, String member) {
        Entities e = recognize(question);
        assertFalse(e.members().contains(member), () -> question + " -> " + e);
    }

    @ParameterizedTest(name = "short word {0} is not fuzzed")
    @ValueSource(strings = {"bou", "bouw?", "hor", "lin", "bpuw"})
    void shortWordsAreNeverFuzzed(String question) {
        Entities e = recognize(question);
        if (question.equals("bouw?")) {
            assertEquals(List.of("Bouw"), e.members(), "the exact word still reads");
            return;
        }
        assertTrue(e.members().isEmpty(), () -> question + " -> " + e.members());
        assertTrue(e.measures().isEmpty(), () -> question + " -> " + e.measures());
        assertTrue(e.groups().isEmpty(), () -> question + " -> " + e.groups());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "horecasector, Horeca",
        "bouwbedrijven, Bouw",
        "horecabedrijven, Horeca",
        "binnenvaartsector, Binnenvaart",
        "textielbedrijven, Textiel",
    })
    void compoundOfATermAndASuffix(String question, String member) {
        Entities e = recognize(question);
        assertEquals(List.of(member), e.members(), () -> question + " -> " + e);
    }

    @Test
    void longestMatchWins() {
        Entities partnership = recognize("vlaams partnerschap");
        assertEquals(List.of("Vlaams Partnerschap"), partnership.members(), partnership::toString);

        Entities west = recognize("west-vlaanderen");
        assertEquals(List.of("Provincie West-Vlaanderen"), west.members(), west::toString);
        assertFalse(west.members().contains("Totaal Vlaamse gemeenschap"));

        Entities westSpaced = recognize("erkenningen west vlaanderen 2022-2023");
        assertEquals(List.of("Provincie West-Vlaanderen"), westSpaced.members(), westSpaced::toString);

        Entities total = recognize("vlaanderen");
        assertEquals(List.of("Totaal Vlaamse gemeenschap"), total.members(), total::toString);
    }

    @Test
    void groupExpandsToItsRows() {
        Entities e = recognize("handel");
        assertEquals(List.of("handel"), e.groups());
        assertEquals(DATA.groups().get("handel").members(), e.members());
        assertEquals(3, e.members().size());
        e.members().forEach(m -> assertTrue(DATA.allMembers().contains(m), m));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "horeca agreements 2022-2023, EN",
        "Horeca 2021-2022, NL",
        "erkenningen limburg, NL",
        "recognitions limburg, EN",
        "hoeveel overeenkomsten in de bouw, NL",
        "how many agreements in construction, EN",
    })
    void language(String question, Language expected) {
        assertEquals(expected, recognize(question).language(), question);
    }

    @Test
    void aTypoCountsForTheLanguageOfItsTerm() {
        Entities e = recognize("agreemnts limburg");
        assertEquals(List.of("agreements"), e.measures());
        assertEquals(Language.EN, e.language());
    }
}
