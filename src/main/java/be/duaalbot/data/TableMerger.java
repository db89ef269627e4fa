package be.duaalbot.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the tables of one measure and breakdown that several sources give (question 677 for
 * 2019-2020 to 2022-2023, a later one for 2023-2024 and final 2022-2023 figures) into one table
 * whose cells remember their source. A newer source wins a cell both give; a source giving the
 * same cell twice is refused. Sources are ordered by date; an undated source counts as newest.
 */
final class TableMerger {
    private final Map<String, Source> sources;
    private final Map<String, String> origins;

    private TableMerger(Map<String, Source> sources, Map<String, String> origins) {
        this.sources = sources;
        this.origins = origins;
    }

    static List<Table> merge(Collection<Table> tables, Map<String, Source> sources, Map<String, String> origins) {
        Map<String, List<Table>> groups = new LinkedHashMap<>();
        tables.forEach(t -> groups.computeIfAbsent(t.measure() + " per " + t.breakdown(), k -> new ArrayList<>()).add(t));
        TableMerger merger = new TableMerger(sources, origins);
        return groups.values().stream().map(g -> g.size() == 1 ? g.get(0) : merger.merged(g)).toList();
    }

    private String date(Table t) {
        Source s = sources.get(t.source());
        return s == null || s.date().isEmpty() ? "9999-12-31" : s.date();
    }

    private Table merged(List<Table> group) {
        List<Table> parts = new ArrayList<>(group);
        parts.sort(Comparator.comparing(this::date)); // stable: same date keeps the files' order
        Set<String> years = new TreeSet<>();
        Set<String> labels = new LinkedHashSet<>();
        Map<Cells.Key, Table> winner = new HashMap<>();
        Map<Cells.Key, List<Cells.Revision>> revisions = new HashMap<>();
        for (Table part : parts) {
            years.addAll(part.schoolYears());
            for (Row row : part.rows()) {
                labels.add(row.label());
                for (String year : part.schoolYears()) {
                    take(part, row.label(), year, winner, revisions);
                }
            }
        }
        List<String> columns = List.copyOf(years);
        List<Row> rows = rows(labels, columns, winner);
        Table first = parts.get(0);
        String total = parts.stream().map(Table::total).filter(t -> !t.isEmpty()).findFirst().orElse("");
        List<Footnote> notes = parts.stream().flatMap(p -> p.footnotes().stream()).distinct().toList();
        return new Table(first.id(), first.source(), first.section(), first.measure(), first.breakdown(), first.title(),
                columns, total, rows, notes, new Cells(List.copyOf(parts), Map.copyOf(winner), Map.copyOf(revisions)));
    }

    /** Each label's value per year from the part that won the cell; null where no source gives one. */
    private static List<Row> rows(Set<String> labels, List<String> columns, Map<Cells.Key, Table> winner) {
        List<Row> rows = new ArrayList<>();
        for (String label : labels) {
            List<Integer> values = new ArrayList<>();
            for (String year : columns) {
                Table from = winner.get(Cells.key(label, year));
                values.add(from == null ? null : from.value(label, year).getAsInt());
            }
            rows.add(new Row(label, Collections.unmodifiableList(values)));
        }
        return List.copyOf(rows);
    }

    /** The part's cell wins over an older source's; the same source may not give it twice. */
    private void take(Table part, String label, String year, Map<Cells.Key, Table> winner, Map<Cells.Key, List<Cells.Revision>> revisions) {
        Cells.Key key = Cells.key(label, year);
        Table older = winner.put(key, part);
        if (older == null) {
            return;
        }
        if (older.source().equals(part.source())) {
            throw new DataException(origins.getOrDefault("table " + part.id(), part.id()), "table " + part.id(),
                    "'" + label + "' " + year + " is already given by table " + older.id() + " of the same source '" + part.source() + "'");
        }
        List<Cells.Revision> before = new ArrayList<>(revisions.getOrDefault(key, List.of()));
        int was = older.value(label, year).getAsInt();
        if (was != part.value(label, year).getAsInt()) {
            before.add(new Cells.Revision(older, was));
        }
        if (!before.isEmpty()) {
            revisions.put(key, List.copyOf(before));
        }
    }
}
