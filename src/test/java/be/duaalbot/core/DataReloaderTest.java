package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataImport;
import be.duaalbot.data.ImportRequest;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.DataVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading without a restart: new figures serve at once and cached answers of the old data go;
 * a directory that does not load is refused and the old data keeps serving; a conversation goes
 * on across a reload.
 */
class DataReloaderTest {
    private static final Path SV999 = Path.of("src/test/resources/fixtures/sv999-overeenkomsten-per-sector.json");

    @TempDir
    Path temp;

    @Test
    void aReloadServesTheNewFiguresAndDropsCachedAnswers() throws IOException {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), DataVersion.of(dir, Instant.now()), Bots.CLOCK);
        AnswerService service = new AnswerService(bot, new SimpleMeterRegistry(), MemoryBudget.ofHeap(), Conversations.defaults());
        Conversation chat = new Conversation();
        bot.answer("horeca overeenkomsten", chat);
        String next = Bots.after(bot.data().latestYear(), 1);
        Answer before = service.ask("horeca overeenkomsten " + next, "http");
        assertTrue(before.figures().isEmpty(), before::text);
        String oldVersion = bot.version().hash();

        Path csv = temp.resolve("horeca.csv");
        Files.writeString(csv, "sector," + next + "\nHoreca,4321\n");
        DataImport.run(new ImportRequest(csv, dir, "agreements", "sector", "Fictieve vraag 999", "2099-01-01", false), DataDirs.LIMITS);
        DataReloader reloader = new DataReloader(dir, bot, Bots.CLOCK);
        assertTrue(reloader.reload());
        assertNotEquals(oldVersion, bot.version().hash());
        Answer after = service.ask("horeca overeenkomsten " + next, "http");
        assertEquals(4321, after.figures().get(0).value(), after::text);
        assertTrue(after.source().contains("Fictieve vraag 999"), after::text);
        Answer followUp = bot.answer("en in " + next + "?", chat);
        assertEquals(4321, followUp.figures().get(0).value(), "the conversation goes on: " + followUp.text());
        assertFalse(reloader.reload(), "an unchanged directory is not reloaded");
    }

    @Test
    void aDirectoryThatDoesNotLoadIsRefusedAndTheOldDataServes() throws IOException {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), DataVersion.of(dir, Instant.now()), Bots.CLOCK);
        var data = bot.data();
        String version = bot.version().hash();
        Files.writeString(dir.resolve("broken.json"), "{\"tables\": [");
        assertFalse(new DataReloader(dir, bot, Bots.CLOCK).reload());
        assertTrue(data == bot.data() && version.equals(bot.version().hash()));
        String year = data.tableWith("agreements", "Horeca").orElseThrow().yearsOf("Horeca").get(0);
        assertFalse(bot.answer("horeca overeenkomsten " + year).figures().isEmpty());
    }

    @Test
    void aChangeInTheWatchedDirectoryReloadsWithinSeconds() throws Exception {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), DataVersion.of(dir, Instant.now()), Bots.CLOCK);
        String version = bot.version().hash();
        CountDownLatch swapped = new CountDownLatch(1);
        bot.onSwap(swapped::countDown);
        assertTrue(new DataReloader(dir, bot, Bots.CLOCK).watch());
        Files.copy(SV999, dir.resolve(SV999.getFileName()));
        assertTrue(swapped.await(20, TimeUnit.SECONDS), "no reload after the directory changed");
        assertNotEquals(version, bot.version().hash());
    }

    /** Issue 21, finding 1: the data inside the jar (a zip file system) is not watched, and that is no failure. */
    @Test
    void dataInsideAZipIsNotWatched() throws IOException {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), DataVersion.of(dir, Instant.now()), Bots.CLOCK);
        try (FileSystem zip = FileSystems.newFileSystem(temp.resolve("data.zip"), Map.of("create", "true"))) {
            Path inside = Files.createDirectory(zip.getPath("/data"));
            assertFalse(new DataReloader(inside, bot, Bots.CLOCK).watch());
        }
    }
}
