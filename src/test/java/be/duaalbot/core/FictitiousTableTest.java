package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new table is a data change, not code: dropping a file of clearly fictitious figures into
 * a copy of the data directory makes the bot answer from it, with no change to any class.
 */
class FictitiousTableTest {
    private static final Path DATA_DIR = Path.of("config/data");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STUDENTS_QUESTION = "hoeveel leerlingen in Limburg in 2021-2022";

    @TempDir
    Path temp;

    @Test
    void withoutTheTableStudentsAreNoDataPointingToDataloep() {
        Dataset data = DataLoader.load(DATA_DIR);
        assumeTrue(data.tablesOf("students").isEmpty(), "no table of students is loaded");
        DuaalBot bot = new DuaalBot(data, CLOCK);
        Answer a = bot.answer(STUDENTS_QUESTION);
        assertEquals(Status.NO_DATA, a.status(), a::text);
        assertTrue(a.figures().isEmpty(), a::text);
        assertTrue(a.text().contains("Dataloep"), a::text);
    }

    @Test
    void aNewTableFileForAnExistingMeasureIsAnswered() throws IOException {
        Path fixture = FIXTURES.resolve("students-per-province.json");
        assumeTrue(DataLoader.load(DATA_DIR).tablesOf("students").isEmpty(), "no table of students is loaded yet");
        Path dir = copyOfData();
        Files.copy(fixture, dir.resolve("students-per-province.json"));
        Dataset data = DataLoader.load(dir);
        assertEquals(DataLoader.load(DATA_DIR).tables().size() + 1, data.tables().size(), "the fixture adds one table");

        int expected = cell(fixture, "Provincie Limburg", "2021-2022");
        DuaalBot bot = new DuaalBot(data, CLOCK);
        Answer a = bot.answer(STUDENTS_QUESTION);
        assertEquals(Status.ANSWERED, a.status(), a::text);
        assertEquals(List.of(new Figure("students", "province", "Provincie Limburg", "2021-2022", expected)),
                a.figures(), a::text);
        assertFalse(a.text().contains("Dataloep"), a::text);
    }

    @Test
    void aNewMeasureWithItsOwnLexiconFilesIsAnswered() throws IOException {
        Path fixtures = FIXTURES.resolve("mentors");
        Path dir = be.duaalbot.data.DataDirs.copy(fixtures, copyOfData());
        Dataset data = DataLoader.load(dir);
        assertTrue(data.measures().containsKey("mentors"), "the fixture's measure");
        assertTrue(data.table("mentors", "province").isPresent(), "the fixture's table");
        // the lexicon files of one language are merged, not replaced
        data.lexicons().values().forEach(lexicon -> {
            assertTrue(lexicon.measures().containsKey("mentors"), lexicon.language().code());
            assertTrue(lexicon.measures().containsKey("recognitions"), lexicon.language().code());
        });

        int expected = cell(fixtures.resolve("mentors.json"), "Provincie Antwerpen", "2020-2021");
        DuaalBot bot = new DuaalBot(data, CLOCK);
        Answer a = bot.answer("mentors Antwerp 2020-2021");
        assertEquals(Status.ANSWERED, a.status(), a::text);
        assertEquals(List.of(new Figure("mentors", "province", "Provincie Antwerpen", "2020-2021", expected)),
                a.figures(), a::text);

        Answer nl = bot.answer("hoeveel mentoren in Antwerpen in 2020-2021");
        assertEquals(Status.ANSWERED, nl.status(), nl::text);
        assertEquals(List.of(new Figure("mentors", "province", "Provincie Antwerpen", "2020-2021", expected)),
                nl.figures(), nl::text);

        // the repository's own tables still answer as before
        Answer old = bot.answer("horeca agreements 2022-2023");
        assertEquals(Status.ANSWERED, old.status(), old::text);
        int horeca = data.table("agreements", "sector").orElseThrow().value("Horeca", "2022-2023").orElseThrow();
        assertEquals(List.of(new Figure("agreements", "sector", "Horeca", "2022-2023", horeca)), old.figures(), old::text);
    }

    /** The fixture's own value for a row and year, read from the fixture file independently of the loader. */
    private static int cell(Path fixture, String label, String year) throws IOException {
        JsonNode table = JSON.readTree(fixture.toFile()).get("tables").get(0);
        int column = -1;
        for (int i = 0; i < table.get("schoolYears").size(); i++) {
            if (table.get("schoolYears").get(i).asText().equals(year)) {
                column = i;
            }
        }
        assertTrue(column >= 0, "the fixture has no year " + year);
        for (JsonNode row : table.get("rows")) {
            if (row.get("label").asText().equals(label)) {
                return row.get("values").get(column).asInt();
            }
        }
        throw new AssertionError("the fixture has no row " + label);
    }

    private Path copyOfData() throws IOException {
        return be.duaalbot.data.DataDirs.copy(DATA_DIR, temp.resolve("data"));
    }

    /** Question 999 revises two 2022-2023 cells of question 677: the answer gives the new figure, says what 677 said, cites both. */
    @Test
    void aRevisedFigureSaysWhatTheOlderSourceSaidAndCitesBoth() throws IOException {
        Path dir = copyOfData();
        Files.copy(FIXTURES.resolve("sv999-overeenkomsten-per-sector.json"), dir.resolve("sv999-overeenkomsten-per-sector.json"));
        Dataset data = DataLoader.load(dir);
        var table = data.table("agreements", "sector").orElseThrow();
        String year = "2022-2023";
        var revision = table.revisions("Horeca", year).get(0);
        Answer a = new DuaalBot(data, CLOCK).answer("horeca overeenkomsten " + year);
        assertEquals(List.of(new Figure("agreements", "sector", "Horeca", year, table.value("Horeca", year).getAsInt())), a.figures(), a::text);
        assertTrue(a.text().contains(String.valueOf(revision.value())), a::text);
        assertTrue(a.source().contains("999") && a.source().contains("677"), a::text);
        Answer unrevised = new DuaalBot(data, CLOCK).answer("horeca overeenkomsten 2021-2022");
        assertTrue(unrevised.source().contains("677") && !unrevised.source().contains("999"), unrevised::text);
    }
}
