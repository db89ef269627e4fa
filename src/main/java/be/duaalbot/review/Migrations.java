package be.duaalbot.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema, versioned: step {@code n} takes a database of version {@code n - 1} (SQLite's
 * {@code PRAGMA user_version}, 0 for a new file) to version {@code n}, in one transaction. A new
 * version is a new step at the end, never a change to an old one. A file made by a newer duaalbot
 * (a version beyond the last step) is refused rather than guessed at.
 */
final class Migrations {
    static final List<List<String>> STEPS = List.of(
            // 1: missed questions and their unknown words
            List.of("""
                    CREATE TABLE missed (
                      id INTEGER PRIMARY KEY,
                      day TEXT NOT NULL,
                      channel TEXT NOT NULL,
                      reason TEXT NOT NULL,
                      status TEXT NOT NULL,
                      language TEXT NOT NULL,
                      question TEXT NOT NULL,
                      reading TEXT NOT NULL,
                      reply TEXT NOT NULL,
                      offered TEXT NOT NULL,
                      choice TEXT,
                      conversation TEXT
                    )""",
                    "CREATE INDEX missed_day ON missed(day)",
                    """
                    CREATE TABLE missed_word (
                      missed_id INTEGER NOT NULL REFERENCES missed(id) ON DELETE CASCADE,
                      word TEXT NOT NULL
                    )""",
                    "CREATE INDEX missed_word_word ON missed_word(word)",
                    "CREATE INDEX missed_word_missed ON missed_word(missed_id)"));

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /** Brings the database to the last version; a file of a newer version is a {@link SQLException}. */
    static void migrate(Connection c) throws SQLException {
        int version = version(c);
        if (version > STEPS.size()) {
            throw new SQLException("the store is of schema version " + version + ", newer than this duaalbot's " + STEPS.size());
        }
        for (int v = version; v < STEPS.size(); v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
