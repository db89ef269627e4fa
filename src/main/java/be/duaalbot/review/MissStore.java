package be.duaalbot.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The missed questions, in one SQLite file ({@value #FILE}) in the state directory. Bounded in
 * bytes by SQLite itself ({@code max_page_count}): when the file is full, the oldest tenth of the
 * entries goes and the write is tried again (until it fits), so the newest misses are kept and the file never
 * grows past its budget. Deleted entries are overwritten ({@code secure_delete}), so a purged
 * question is gone from the file too. One thread writes (the recorder's); {@code review} reads from
 * another process, SQLite's locks keep them apart.
 */
final class MissStore implements AutoCloseable {
    static final String FILE = "review.db";
    private static final int PAGE = 4096;
    private static final int SQLITE_FULL = 13;

    private final Path file;
    private final Connection c;
    private final Reads reads;

    /** A kept miss's row id, known once it is written. */
    static final class Ref {
        long id = -1;
    }

    record Insert(Miss miss, Ref ref) {
    }

    /** The name a conversation picked after the ask-back {@code ref}. */
    record Choice(Ref ref, String name) {
    }

    private MissStore(Path file, Connection c) {
        this.file = file;
        this.c = c;
        this.reads = new Reads(c);
    }

    /** The store of {@code dir}, made when missing, at the schema's last version, within {@code budget} bytes. */
    static MissStore open(Path dir, long budget) throws SQLException, IOException {
        Files.createDirectories(dir);
        // said in one line here, before the driver unpacks its library there and logs its own errors
        if (!Files.isWritable(dir) || !Files.isExecutable(dir)) {
            throw new IOException(dir + " is not writable by this user");
        }
        MissStore store = connect(dir.resolve(FILE));
        try {
            store.fit(Math.max(16, budget / PAGE));
            return store;
        } catch (SQLException e) {
            store.close();
            throw e;
        }
    }

    /** The store of {@code dir} when there is one ({@code review} makes none). */
    static Optional<MissStore> existing(Path dir) throws SQLException {
        Path file = dir.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(connect(file)) : Optional.empty();
    }

    private static MissStore connect(Path file) throws SQLException {
        return new MissStore(file, Sqlite.connect(file));
    }

    /** Sets the bound; a file over it (the budget was lowered) loses its oldest entries and is compacted first. */
    private void fit(long maxPages) throws SQLException {
        while (pragma("page_count") - pragma("freelist_count") > maxPages * 9 / 10 && prune()) {
            // the oldest tenth at a time
        }
        if (pragma("page_count") > maxPages) {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA max_page_count = " + maxPages);
        }
    }

    private long pragma(String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getLong(1);
        }
    }

    /** Writes the batch in one transaction: the misses (their refs get ids), then the choices. */
    synchronized void write(List<Insert> inserts, List<Choice> choices) throws SQLException {
        while (true) {
            try {
                transaction(inserts, choices);
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_FULL || !prune()) {
                    throw e; // not a full file, or nothing left to make room with
                }
            }
        }
    }

    /** BEGIN and COMMIT said, not the driver's auto-commit switch: SQLite itself ends a transaction that hit a full file. */
    private void transaction(List<Insert> inserts, List<Choice> choices) throws SQLException {
        try (Statement begin = c.createStatement()) {
            begin.execute("BEGIN IMMEDIATE");
        }
        try (PreparedStatement miss = c.prepareStatement("INSERT INTO missed (day, channel, reason, status, language, question, "
                + "reading, reply, offered, conversation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement word = c.prepareStatement("INSERT INTO missed_word (missed_id, word) VALUES (?, ?)");
             PreparedStatement choice = c.prepareStatement("UPDATE missed SET choice = ? WHERE id = ? AND choice IS NULL")) {
            for (Insert i : inserts) {
                i.ref().id = insert(miss, word, i.miss());
            }
            for (Choice ch : choices) {
                if (ch.ref().id >= 0) {
                    choice.setString(1, ch.name());
                    choice.setLong(2, ch.ref().id);
                    choice.executeUpdate();
                }
            }
            try (Statement commit = c.createStatement()) {
                commit.execute("COMMIT");
            }
        } catch (SQLException e) {
            rollback();
            inserts.forEach(i -> i.ref().id = -1);
            throw e;
        }
    }

    private void rollback() {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException alreadyEnded) {
            // SQLite rolled it back itself (a full file does)
        }
    }

    private static long insert(PreparedStatement miss, PreparedStatement word, Miss m) throws SQLException {
        Object[] values = {m.day().toString(), m.channel(), m.reason().code(), m.status(), m.language(), m.question(), m.reading(),
            m.reply(), String.join("\n", m.offered()), m.conversation()};
        for (int i = 0; i < values.length; i++) {
            miss.setObject(i + 1, values[i]);
        }
        miss.executeUpdate();
        long id;
        try (ResultSet keys = miss.getGeneratedKeys()) {
            id = keys.getLong(1);
        }
        for (String w : m.words()) {
            word.setLong(1, id);
            word.setString(2, w);
            word.executeUpdate();
        }
        return id;
    }

    /** Deletes the oldest tenth of the entries (at least one); false when there was none to delete. */
    private boolean prune() throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM missed WHERE id IN (SELECT id FROM missed ORDER BY id "
                    + "LIMIT max(1, (SELECT count(*) FROM missed) / 10))") > 0;
        }
    }

    /** Deletes the entries of days before {@code day}; how many went. */
    synchronized int purge(LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM missed WHERE day < ?")) {
            s.setString(1, day.toString());
            return s.executeUpdate();
        }
    }

    /** Deletes every entry and gives the space back; how many went. */
    synchronized int clear() throws SQLException {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate("DELETE FROM missed");
            s.execute("VACUUM");
            return n;
        }
    }

    /** The file's size on disk, 0 when it cannot be read. */
    long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    Reads reads() {
        return reads;
    }

    @Override
    public synchronized void close() throws SQLException {
        c.close();
    }
}
