package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English glosses of the members: one for every row the tables have, and only for rows they have. */
class GlossesTest {
    private static final Path DATA_DIR = Path.of("config/data");

    @TempDir
    Path temp;

    @Test
    void everyMemberOfEveryTableHasAnEnglishGlossAndNoneADutchOne() {
        Dataset data = DataLoader.load(DATA_DIR);
        for (Table t : data.tables()) {
            for (Row r : t.rows()) {
                String gloss = data.glosses().of(r.label(), Language.EN).orElse("");
                assertFalse(gloss.isBlank(), () -> t.id() + ": no English gloss for '" + r.label() + "'");
                assertFalse(gloss.equals(r.label()), () -> "a gloss that repeats the label says nothing: " + r.label());
                assertEquals(r.label() + " (" + gloss + ")", data.glosses().label(r.label(), Language.EN));
                assertEquals(r.label(), data.glosses().label(r.label(), Language.NL), "Dutch shows the official label alone");
            }
        }
        assertFalse(data.glosses().any(Language.NL));
    }

    /** A row the glosses do not know (a newly imported one) is named by its label alone. */
    @Test
    void aMemberWithoutAGlossIsItsLabel() {
        Dataset data = DataLoader.load(DATA_DIR);
        String unknown = "Een sector die nog geen glosse heeft";
        assertTrue(data.glosses().of(unknown, Language.EN).isEmpty());
        assertEquals(unknown, data.glosses().label(unknown, Language.EN));
    }

    @Test
    void aGlossForAMemberNoTableHasIsRefusedNamingFileAndMember() throws IOException {
        Path dir = DataDirs.copy(DATA_DIR, temp.resolve("data"));
        Files.writeString(dir.resolve("glosses-extra.json"), "{\"glosses\": {\"en\": {\"Horeka\": \"hospitality\"}}}", StandardCharsets.UTF_8);
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e.getMessage(), "glosses-extra.json", "glosses.en", "'Horeka'");
        List<String> problems = DataCheck.problems(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertNames(problems.get(0), "glosses-extra.json", "glosses.en", "'Horeka'");
    }

    @Test
    void aMemberGlossedTwiceOrInAnUnknownLanguageIsRefused() throws IOException {
        Dataset data = DataLoader.load(DATA_DIR);
        String member = data.tables().get(0).rows().get(0).label();
        Path twice = DataDirs.copy(DATA_DIR, temp.resolve("twice"));
        Files.writeString(twice.resolve("glosses-extra.json"), "{\"glosses\": {\"en\": {\"" + member + "\": \"again\"}}}", StandardCharsets.UTF_8);
        assertNames(assertThrows(DataException.class, () -> DataLoader.load(twice)).getMessage(), "glosses", "glosses.en", "'" + member + "'");
        Path language = DataDirs.copy(DATA_DIR, temp.resolve("language"));
        Files.writeString(language.resolve("glosses-extra.json"), "{\"glosses\": {\"eng\": {\"" + member + "\": \"x\"}}}", StandardCharsets.UTF_8);
        assertNames(assertThrows(DataException.class, () -> DataLoader.load(language)).getMessage(), "glosses-extra.json", "eng", "unknown language");
        Path empty = DataDirs.copy(DATA_DIR, temp.resolve("empty"));
        Files.writeString(empty.resolve("glosses.json"), "{\"glosses\": {\"en\": {\"" + member + "\": \" \"}}}", StandardCharsets.UTF_8);
        assertNames(assertThrows(DataException.class, () -> DataLoader.load(empty)).getMessage(), "glosses.json", "glosses.en", "empty gloss");
    }

    private static void assertNames(String message, String file, String place, String problem) {
        for (String part : List.of(file, place, problem)) {
            assertTrue(message.contains(part), () -> "does not name " + part + ": " + message);
        }
    }
}
