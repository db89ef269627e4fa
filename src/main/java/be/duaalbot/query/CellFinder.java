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
        if (data.tablesOf(measure).isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.MEASURE, measure));
            return Optional.empty();
        }
        Optional<Table> table = data.tableWith(measure, member);
        if (table.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.ROW, measure, member));
            return Optional.empty();
        }
        return inTable(table.get(), member, year);
    }

    Optional<Cell> inTable(Table table, String member, String year) {
        var value = table.value(member, year);
        if (value.isEmpty()) {
            List<String> has = table.schoolYears().stream().filter(y -> table.value(member, y).isPresent()).toList();
            gaps.add(Gap.of(Gap.Kind.YEAR, year, String.join(", ", has)));
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
        gaps.add(Gap.of(Gap.Kind.YEAR, year, String.join(", ", table.schoolYears())));
        return false;
    }

    void gap(Gap gap) {
        gaps.add(gap);
    }

    List<Gap> gaps() {
        return new ArrayList<>(gaps);
    }
}
