package be.duaalbot.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One table of a measure per member of a breakdown, per school year. {@code total} names the row
 * that holds the total of the measure (never ranked among the members), or is empty.
 *
 * <p>A table as a file gives it has no {@code cells}. The tables of one measure and breakdown
 * from several sources are merged into one whose {@link Cells} say, per cell, which source table
 * gave it and what older sources said of it: so every figure cites its own source.
 */
public record Table(String id, String source, String section, String measure, String breakdown,
                    Localized title, List<String> schoolYears, String total, List<Row> rows,
                    List<Footnote> footnotes, Cells cells) {

    /** A table as one source gives it. */
    public Table(String id, String source, String section, String measure, String breakdown, Localized title,
                 List<String> schoolYears, String total, List<Row> rows, List<Footnote> footnotes) {
        this(id, source, section, measure, breakdown, title, schoolYears, total, rows, footnotes, null);
    }

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

    /** The cell for a row and school year, empty when the table has no such row, year or cell. */
    public OptionalInt value(String label, String schoolYear) {
        int column = schoolYears.indexOf(schoolYear);
        Optional<Row> row = row(label);
        if (column < 0 || row.isEmpty() || row.get().values().get(column) == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(row.get().values().get(column));
    }

    /** The school years in which a row has a figure: a newer source may give some rows a year, not all. */
    public List<String> yearsOf(String label) {
        return schoolYears.stream().filter(y -> value(label, y).isPresent()).toList();
    }

    /** The member rows (not the total) that have no figure for a year the table has. */
    public List<String> membersWithout(String schoolYear) {
        return memberRows().stream().map(Row::label).filter(l -> value(l, schoolYear).isEmpty()).toList();
    }

    /** True when a footnote says one unit may be counted in more than one row (sites in several provinces). */
    public boolean overlaps() {
        return footnotes.stream().anyMatch(Footnote::overlap);
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

    /** The source table a cell comes from: this one, unless several sources were merged. */
    public Table origin(String label, String schoolYear) {
        return cells == null ? this : cells.origin(label, schoolYear).orElse(this);
    }

    /** What older sources said of a cell a newer one revised, oldest first; empty for most cells. */
    public List<Cells.Revision> revisions(String label, String schoolYear) {
        return cells == null ? List.of() : cells.revisions(label, schoolYear);
    }

    /** The footnotes of the table the cell comes from that apply to its year. */
    public List<Footnote> footnotesFor(String label, String schoolYear) {
        return origin(label, schoolYear).footnotesFor(schoolYear);
    }

    /** The tables as their sources gave them: this one alone unless merged. */
    public List<Table> parts() {
        return cells == null ? List.of(this) : cells.parts();
    }
}
