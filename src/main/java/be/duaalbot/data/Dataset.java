package be.duaalbot.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the data directory holds, merged and validated: the tables with their footnotes
 * and sources, the dimensions, the minister's explanations and the lexicon of each language.
 * Immutable once loaded.
 */
public record Dataset(Map<String, Source> sources, Map<String, Measure> measures,
                      Map<String, Breakdown> breakdowns, Map<String, Group> groups,
                      List<Table> tables, List<Topic> topics, Map<Language, Lexicon> lexicons) {

    /** Every school year any table covers, in order. */
    public List<String> schoolYears() {
        Set<String> years = new java.util.TreeSet<>();
        tables.forEach(t -> years.addAll(t.schoolYears()));
        return List.copyOf(years);
    }

    public String latestYear() {
        List<String> years = schoolYears();
        return years.get(years.size() - 1);
    }

    public Optional<Table> table(String measure, String breakdown) {
        return tables.stream()
                .filter(t -> t.measure().equals(measure) && t.breakdown().equals(breakdown))
                .findFirst();
    }

    public List<Table> tablesOf(String measure) {
        return tables.stream().filter(t -> t.measure().equals(measure)).toList();
    }

    /** Measures that some table holds, in the order of the dimension file. */
    public List<String> measuresWithTables() {
        return measures.keySet().stream().filter(m -> !tablesOf(m).isEmpty()).toList();
    }

    /** The breakdown whose tables have a row with this label, the total included. */
    public Optional<String> breakdownOf(String member) {
        return tables.stream().filter(t -> t.hasRow(member)).map(Table::breakdown).findFirst();
    }

    /** Every row label of a breakdown, over all its tables, totals included. */
    public List<String> membersOf(String breakdown) {
        Set<String> labels = new LinkedHashSet<>();
        tables.stream().filter(t -> t.breakdown().equals(breakdown))
                .forEach(t -> t.rows().forEach(r -> labels.add(r.label())));
        return List.copyOf(labels);
    }

    /** The table of a measure that holds the given member (a total row counts). */
    public Optional<Table> tableWith(String measure, String member) {
        return tablesOf(measure).stream().filter(t -> t.hasRow(member)).findFirst();
    }

    /** The table and label of the total row of a measure, if a table has one. */
    public Optional<Table> totalTable(String measure) {
        return tablesOf(measure).stream().filter(t -> !t.total().isEmpty()).findFirst();
    }

    public boolean isTotal(String member) {
        return tables.stream().anyMatch(t -> t.isTotal(member));
    }

    public List<String> allMembers() {
        List<String> all = new ArrayList<>();
        breakdowns.keySet().forEach(b -> all.addAll(membersOf(b)));
        return all;
    }
}
