package be.duaalbot.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's bounds and its failures: never over its bytes, the newest kept; a broken store costs no answer. */
class MissStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final long BUDGET = 256 * 1024;

    @TempDir
    Path temp;

    private static Miss miss(int i) {
        String question = "hoeveel erkenningen bij de woord" + i + " " + "x".repeat(200);
        return new Miss(DAY, "http", Reason.UNKNOWN_WORD, "no_data", "nl", question, "Gelezen als: onbekende woorden: woord" + i,
                "Voor woord" + i + " heb ik geen cijfers", List.of("woord" + i), List.of(), "c" + i);
    }

    private static void fill(MissStore store, int from, int count) throws SQLException {
        for (int i = from; i < from + count; i += 100) {
            List<MissStore.Insert> batch = new ArrayList<>();
            for (int j = i; j < i + 100; j++) {
                batch.add(new MissStore.Insert(miss(j), new MissStore.Ref()));
            }
            store.write(batch, List.of());
        }
    }

    @Test
    void aFullStoreDropsItsOldestAndStaysWithinItsBytes() throws Exception {
        try (MissStore store = MissStore.open(temp, BUDGET)) {
            fill(store, 0, 5_000);
            assertTrue(store.bytes() <= BUDGET, store.bytes() + " bytes");
            int kept = store.reads().count(DAY);
            assertTrue(kept > 100 && kept < 5_000, kept + " kept");
            List<Reads.WordCount> words = store.reads().words(DAY, 10_000);
            assertTrue(words.stream().anyMatch(w -> w.word().equals("woord4999")), "the newest is kept");
            assertTrue(words.stream().noneMatch(w -> w.word().equals("woord0")), "the oldest went");
        }
    }

    @Test
    void aLowerBudgetShrinksTheFileAtTheNextStart() throws Exception {
        try (MissStore store = MissStore.open(temp, 4 * BUDGET)) {
            fill(store, 0, 5_000);
            assertTrue(store.bytes() > BUDGET);
        }
        try (MissStore store = MissStore.open(temp, BUDGET)) {
            assertTrue(store.bytes() <= BUDGET, store.bytes() + " bytes");
            fill(store, 5_000, 1_000);
            assertTrue(store.bytes() <= BUDGET, store.bytes() + " bytes");
        }
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedNotGuessedAt() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(MissStore.FILE))) {
            c.createStatement().execute("PRAGMA user_version = " + (Migrations.STEPS.size() + 1));
        }
        SQLException e = assertThrows(SQLException.class, () -> MissStore.open(temp, BUDGET));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void aStoreThatCannotBeOpenedCostsNoAnswerAndIsCounted() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("state"), "a file where the state directory should be");
        try (Reviewed r = new Reviewed(notADirectory, 1)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(Status.NO_DATA, r.service.converse("hoeveel erkenningen bij de kwispelaars", "c" + i, "http").status());
            }
            r.recorder.flush();
            assertEquals(3.0, r.counter("duaalbot.review.failures"));
            assertEquals(Status.ANSWERED, r.service.ask("horeca overeenkomsten " + be.duaalbot.YearsOfAllRows.latest(r.bot.data()), "http").status());
        }
    }

    @Test
    void aStoreBrokenWhileServingCostsNoAnswerAndIsCounted() throws Exception {
        try (Reviewed r = new Reviewed(temp, 1)) {
            r.service.ask("hoeveel erkenningen bij de kwispelaars", "http");
            r.recorder.flush();
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(MissStore.FILE))) {
                c.createStatement().execute("DROP TABLE missed_word"); // another process breaks it
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(Status.NO_DATA, r.service.ask("hoeveel erkenningen bij de plimpers " + i, "http").status());
            }
            r.recorder.flush();
            assertEquals(3.0, r.counter("duaalbot.review.failures"));
        }
    }
}
