package be.duaalbot.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One source table: a measure per member of a breakdown, per school year. {@code total} names
 * the row that holds the total of the measure (never ranked among the members), or is empty.
 */
public record Table(String id, String source, String section, String measure, String breakdown,
                    Localized title, List<String> schoolYears, String total, List<Row> rows,
                    List<Footnote> footnotes) {

    public Optional<Row> row(String label) {
        for (Row r : rows) {
            if (r.label().equals(label)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public boolean hasRow(String label) {
        return row(label).isPresent();
    }

    public boolean hasYear(String schoolYear) {
        return schoolYears.contains(schoolYear);
    }

    /** The cell for a row and school year, empty when the table has no such row or year. */
    public OptionalInt value(String label, String schoolYear) {
        int column = schoolYears.indexOf(schoolYear);
        Optional<Row> row = row(label);
        if (column < 0 || row.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(row.get().values().get(column));
    }

    public boolean isTotal(String label) {
        return label.equals(total);
    }

    /** The rows that are members, not the total. */
    public List<Row> memberRows() {
        return rows.stream().filter(r -> !isTotal(r.label())).toList();
    }

    public List<Footnote> footnotesFor(String schoolYear) {
        return footnotes.stream().filter(f -> f.appliesTo(schoolYear)).toList();
    }
}
