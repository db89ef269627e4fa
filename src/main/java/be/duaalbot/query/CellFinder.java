package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Looks cells up and keeps, once each, the gaps met on the way. */
final class CellFinder {
    private final Dataset data;
    private final Set<Gap> gaps = new LinkedHashSet<>();

    CellFinder(Dataset data) {
        this.data = data;
    }

    Optional<Cell> cell(String measure, String member, String year) {
        return row(measure, member).flatMap(table -> inTable(table, member, year));
    }

    /** The table of a measure with a row for the member, or a gap saying there is none. */
    Optional<Table> row(String measure, String member) {
        if (data.tablesOf(measure).isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.MEASURE, measure));
            return Optional.empty();
        }
        Optional<Table> table = data.tableWith(measure, member);
        if (table.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.ROW, measure, member));
        }
        return table;
    }

    Optional<Cell> inTable(Table table, String member, String year) {
        var value = table.value(member, year);
        if (value.isEmpty() && table.hasYear(year)) {
            gaps.add(Gap.of(Gap.Kind.NO_FIGURE, table.measure(), table.breakdown(), year, member)); // a source gave some rows of the year
            return Optional.empty();
        }
        if (value.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.YEAR, year, String.join(", ", table.yearsOf(member)), table.measure(), table.breakdown()));
            return Optional.empty();
        }
        return Optional.of(new Cell(table.measure(), member, year, value.getAsInt(), table));
    }

    /** The table of a measure per breakdown, or a gap. */
    Optional<Table> table(String measure, String breakdown) {
        if (data.tablesOf(measure).isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.MEASURE, measure));
            return Optional.empty();
        }
        Optional<Table> table = data.table(measure, breakdown);
        if (table.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.TABLE, measure, breakdown));
        }
        return table;
    }

    /** The total of a measure in a year, or a gap when no table holds one. */
    Optional<Cell> total(String measure, String year) {
        Optional<Table> table = data.totalTable(measure);
        if (table.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.NO_BASE, measure));
            return Optional.empty();
        }
        return inTable(table.get(), table.get().total(), year);
    }

    boolean hasYear(Table table, String year) {
        if (table.hasYear(year)) {
            return true;
        }
        gaps.add(Gap.of(Gap.Kind.YEAR, year, String.join(", ", table.schoolYears()), table.measure(), table.breakdown()));
        return false;
    }

    /**
     * When some rows a ranking runs over (all, or those {@code within}) lack a figure for a year, a
     * gap that says how many have one and which do not: the ranking is then of part of the table.
     */
    void partial(Table table, List<String> years, List<String> within) {
        List<String> rows = table.memberRows().stream().map(be.duaalbot.data.Row::label)
                .filter(l -> within.isEmpty() || within.contains(l)).toList();
        List<String> without = rows.stream().filter(l -> years.stream().anyMatch(y -> table.value(l, y).isEmpty())).toList();
        if (without.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(table.measure(), table.breakdown(), String.join(",", years),
                String.valueOf(rows.size() - without.size()), String.valueOf(rows.size())));
        args.addAll(without);
        gaps.add(new Gap(Gap.Kind.PARTIAL, List.copyOf(args)));
    }

    void gap(Gap gap) {
        gaps.add(gap);
    }

    List<Gap> gaps() {
        return new ArrayList<>(gaps);
    }
}
