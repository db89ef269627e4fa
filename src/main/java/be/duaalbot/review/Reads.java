package be.duaalbot.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code review} reads from the store, each since a day. A question asked on its own (no
 * conversation) counts as a conversation of its own.
 */
final class Reads {
    /** Distinct conversations: a row without one is its own. */
    private static final String CONVERSATIONS = "count(DISTINCT coalesce(m.conversation, 'q' || m.id))";

    private final Connection c;

    Reads(Connection c) {
        this.c = c;
    }

    record WordCount(String word, int conversations, int asked) {
    }

    /** A row of the ask-backs: its first unknown word, the names offered, the one picked (or null). */
    record AskBackRow(String word, String language, List<String> offered, String choice, String conversation) {
    }

    /** A not-understood or rephrased question, with its conversation (or null). */
    record Kept(String question, String answered, String conversation) {
    }

    synchronized int count(LocalDate since) throws SQLException {
        return rows("SELECT count(*) FROM missed WHERE day >= ?", rs -> rs.getInt(1), since.toString()).get(0);
    }

    /** The unknown words, most conversations first. */
    synchronized List<WordCount> words(LocalDate since, int limit) throws SQLException {
        return rows("SELECT w.word, " + CONVERSATIONS + ", count(*) FROM missed_word w JOIN missed m ON m.id = w.missed_id "
                + "WHERE m.day >= ? GROUP BY w.word ORDER BY 2 DESC, 3 DESC, w.word LIMIT ?",
                rs -> new WordCount(rs.getString(1), rs.getInt(2), rs.getInt(3)), since.toString(), limit);
    }

    /** Up to {@code limit} distinct questions with the word, newest first. */
    synchronized List<Review.Example> examples(String word, LocalDate since, int limit) throws SQLException {
        return rows("SELECT m.question, m.reply FROM missed m JOIN missed_word w ON w.missed_id = m.id "
                + "WHERE w.word = ? AND m.day >= ? GROUP BY m.question ORDER BY max(m.id) DESC LIMIT ?",
                rs -> new Review.Example(rs.getString(1), rs.getString(2)), word, since.toString(), limit);
    }

    /** The newest not-understood and rephrased questions. */
    synchronized List<Kept> notUnderstood(LocalDate since, int limit) throws SQLException {
        return rows("SELECT question, reply, coalesce(conversation, 'q' || id) FROM missed "
                + "WHERE reason IN ('not_understood', 'rephrased') AND day >= ? ORDER BY id DESC LIMIT ?",
                rs -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3)), since.toString(), limit);
    }

    /** The newest ask-backs, with the first unknown word (the one the offered names replace). */
    synchronized List<AskBackRow> askBacks(LocalDate since, int limit) throws SQLException {
        return rows("SELECT (SELECT word FROM missed_word WHERE missed_id = m.id ORDER BY rowid LIMIT 1), language, offered, choice, "
                + "coalesce(conversation, 'q' || id) FROM missed m WHERE reason = 'ask_back' AND day >= ? ORDER BY id DESC LIMIT ?",
                rs -> new AskBackRow(rs.getString(1), rs.getString(2), rs.getString(3).isEmpty() ? List.of()
                        : List.of(rs.getString(3).split("\n")), rs.getString(4), rs.getString(5)), since.toString(), limit);
    }

    /** A row read into a value. */
    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    private <T> List<T> rows(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.of(rs));
                }
            }
        }
        return out;
    }
}
