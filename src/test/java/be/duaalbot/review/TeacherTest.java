package be.duaalbot.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import be.duaalbot.core.DataReloader;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.TaughtWords;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teaching a word: the bot reads it after a reload and answers with the data's figure; undone, it
 * refuses again; a target that names nothing or several things, a known word and the jar's own
 * data are refused by name; a reload that would make the data ambiguous keeps the old data.
 */
class TeacherTest {
    @TempDir
    Path temp;

    private Path dir() throws java.io.IOException {
        return DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
    }

    private static String sector(Dataset data) {
        return data.membersOf("sector").stream().filter(m -> !data.isTotal(m)).findFirst().orElseThrow();
    }

    @Test
    void aTaughtWordIsAnsweredWithTheFigureAfterTheReloadAndRefusedAgainWhenUndone() throws Exception {
        Path dir = dir();
        Dataset data = DataLoader.load(dir);
        String member = sector(data);
        String year = be.duaalbot.YearsOfAllRows.latest(data);
        DuaalBot bot = new DuaalBot(data, be.duaalbot.data.DataVersion.of(dir, java.time.Instant.now()), Clock.systemUTC());
        DataReloader reloader = new DataReloader(dir, bot, Clock.systemUTC());
        String question = "hoeveel erkenningen bij de eetcafés in " + year;
        assertEquals(Status.NO_DATA, bot.answer(question).status(), "precondition: the shipped lexicon does not know 'eetcafés'");

        String said = Teacher.teach(dir, "eetcafés", member.toLowerCase(java.util.Locale.ROOT), Language.NL);
        assertTrue(said.contains("member '" + member + "'"), said);
        assertTrue(reloader.reload());
        Answer answer = bot.answer(question);
        assertEquals(Status.ANSWERED, answer.status(), answer::text);
        int cell = data.tableWith("recognitions", member).orElseThrow().value(member, year).orElseThrow();
        assertEquals(List.of(cell), answer.figures().stream().map(f -> f.value()).toList());
        assertEquals(member, answer.figures().get(0).member());

        Teacher.undo(dir, "eetcafés", Language.NL);
        assertTrue(reloader.reload());
        assertEquals(Status.NO_DATA, bot.answer(question).status());
        assertFalse(Files.exists(dir.resolve(TaughtWords.FILE)));
    }

    @Test
    void aFillerIsReadPast() throws Exception {
        Path dir = dir();
        Teacher.teach(dir, "kwispelaars", null, Language.NL);
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), Clock.systemUTC());
        assertEquals(Status.ANSWERED, bot.answer("hoeveel erkenningen kwispelaars in limburg").status());
    }

    @Test
    void aTargetThatNamesNothingOrSeveralThingsIsRefusedByName() throws Exception {
        Path dir = dir();
        String member = sector(DataLoader.load(dir));
        Teacher.Refused none = assertThrows(Teacher.Refused.class, () -> Teacher.teach(dir, "eetcafes", "Kwispelarij", Language.NL));
        assertTrue(none.getMessage().startsWith("'Kwispelarij' names nothing in the data"), none.getMessage());
        // a group named like the member: the name now stands for two things
        Files.writeString(dir.resolve("fixture-group.json"), "{\"groups\": [{\"id\": \"fixture\", \"breakdown\": \"sector\", "
                + "\"name\": {\"nl\": \"" + member + "\", \"en\": \"Fixture\"}, \"members\": [\"" + member + "\"]}]}");
        Teacher.Refused two = assertThrows(Teacher.Refused.class, () -> Teacher.teach(dir, "eetcafes", member, Language.NL));
        assertTrue(two.getMessage().contains("is ambiguous") && two.getMessage().contains("member '" + member + "'")
                && two.getMessage().contains("group 'fixture'"), two.getMessage());
        assertEquals(List.of(), TaughtWords.read(dir));
    }

    @Test
    void aKnownWordATwiceTaughtWordAndTheJarsDataAreRefused() throws Exception {
        Path dir = dir();
        Dataset data = DataLoader.load(dir);
        String member = sector(data);
        String term = data.lexicons().get(Language.NL).members().get(member).get(0);
        Teacher.Refused known = assertThrows(Teacher.Refused.class, () -> Teacher.teach(dir, term, member, Language.NL));
        assertTrue(known.getMessage().contains("already known"), known.getMessage());
        Teacher.teach(dir, "eetcafes", member, Language.NL);
        Teacher.Refused twice = assertThrows(Teacher.Refused.class, () -> Teacher.teach(dir, "Eetcafes", member, Language.NL));
        assertTrue(twice.getMessage().contains("already taught"), twice.getMessage());
        Teacher.teach(dir, "eetcafes", member, Language.EN); // per language
        assertEquals(2, TaughtWords.read(dir).size());
        Path zip = temp.resolve("data.zip");
        try (FileSystem jar = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Teacher.Refused inJar = assertThrows(Teacher.Refused.class, () -> Teacher.teach(jar.getPath("/"), "x", member, Language.NL));
            assertTrue(inJar.getMessage().contains("DUAALBOT_DATA_DIR"), inJar.getMessage());
        }
    }

    @Test
    void aReloadThatWouldMakeTheDataAmbiguousIsRefusedAndTheOldDataServes() throws Exception {
        Path dir = dir();
        Dataset data = DataLoader.load(dir);
        List<String> sectors = data.membersOf("sector");
        Teacher.teach(dir, "eetcafes", sectors.get(0), Language.NL);
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), be.duaalbot.data.DataVersion.of(dir, java.time.Instant.now()), Clock.systemUTC());
        String question = "erkenningen eetcafes " + be.duaalbot.YearsOfAllRows.latest(data);
        assertEquals(Status.ANSWERED, bot.answer(question).status());
        // by hand: a shipped term of another member, taught as the first
        String taken = data.lexicons().get(Language.NL).members().get(sectors.get(1)).get(0);
        TaughtWords.write(dir, List.of(new TaughtWords.Entry("eetcafes", Language.NL, TaughtWords.Kind.MEMBER, sectors.get(0)),
                new TaughtWords.Entry(taken, Language.NL, TaughtWords.Kind.MEMBER, sectors.get(0))));
        assertFalse(new DataReloader(dir, bot, Clock.systemUTC()).reload());
        assertEquals(Status.ANSWERED, bot.answer(question).status());
        assertFalse(be.duaalbot.data.DataCheck.problems(dir).isEmpty());
    }
}
