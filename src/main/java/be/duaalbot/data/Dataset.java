package be.duaalbot.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the data directory holds, merged and validated: the tables with their footnotes
 * and sources, the dimensions, the minister's explanations, the lexicon of each language and the
 * places (municipality to province).
 * Immutable once loaded; the look-ups every answer makes (years, members of a breakdown, the
 * table of a measure and member) are indexed once here, not searched per question.
 */
public final class Dataset {
    private final Map<String, Source> sources;
    private final Map<String, Measure> measures;
    private final Map<String, Breakdown> breakdowns;
    private final Map<String, Group> groups;
    private final List<Table> tables;
    private final List<Topic> topics;
    private final Map<Language, Lexicon> lexicons;
    private final Places places;
    private final Glosses glosses;
    private final List<String> schoolYears;
    private final Map<String, List<String>> membersByBreakdown = new HashMap<>();
    private final Map<String, List<Table>> tablesByMeasure = new HashMap<>();
    private final Map<String, Table> tableByMeasureAndMember = new HashMap<>();
    private final Set<String> totals = new java.util.HashSet<>();

    public Dataset(Map<String, Source> sources, Map<String, Measure> measures, Map<String, Breakdown> breakdowns,
                   Map<String, Group> groups, List<Table> tables, List<Topic> topics, Map<Language, Lexicon> lexicons, Places places,
                   Glosses glosses) {
        this.sources = sources;
        this.measures = measures;
        this.breakdowns = breakdowns;
        this.groups = groups;
        this.tables = tables;
        this.topics = topics;
        this.lexicons = lexicons;
        this.places = places;
        this.glosses = glosses;
        Set<String> years = new TreeSet<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (Table t : tables) {
            years.addAll(t.schoolYears());
            tablesByMeasure.computeIfAbsent(t.measure(), m -> new ArrayList<>()).add(t);
            Set<String> labels = members.computeIfAbsent(t.breakdown(), b -> new LinkedHashSet<>());
            for (Row r : t.rows()) {
                labels.add(r.label());
                tableByMeasureAndMember.putIfAbsent(t.measure() + "\u0000" + r.label(), t);
            }
            if (!t.total().isEmpty()) {
                totals.add(t.total());
            }
        }
        this.schoolYears = List.copyOf(years);
        members.forEach((b, labels) -> membersByBreakdown.put(b, List.copyOf(labels)));
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public Map<String, Measure> measures() {
        return measures;
    }

    public Map<String, Breakdown> breakdowns() {
        return breakdowns;
    }

    public Map<String, Group> groups() {
        return groups;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<Topic> topics() {
        return topics;
    }

    public Map<Language, Lexicon> lexicons() {
        return lexicons;
    }

    /** The places people name that the tables do not count by, and which rows they lie in. */
    public Places places() {
        return places;
    }

    /** The short names of members in other languages, shown beside their labels. */
    public Glosses glosses() {
        return glosses;
    }

    /** Every school year any table covers, in order. */
    public List<String> schoolYears() {
        return schoolYears;
    }

    public String latestYear() {
        return schoolYears.get(schoolYears.size() - 1);
    }

    public Optional<Table> table(String measure, String breakdown) {
        for (Table t : tablesOf(measure)) {
            if (t.breakdown().equals(breakdown)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public List<Table> tablesOf(String measure) {
        return tablesByMeasure.getOrDefault(measure, List.of());
    }

    /** Measures that some table holds, in the order of the dimension file. */
    public List<String> measuresWithTables() {
        return measures.keySet().stream().filter(tablesByMeasure::containsKey).toList();
    }

    /** The breakdown whose tables have a row with this label, the total included. */
    public Optional<String> breakdownOf(String member) {
        for (var e : membersByBreakdown.entrySet()) {
            if (e.getValue().contains(member)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every row label of a breakdown, over all its tables, totals included. */
    public List<String> membersOf(String breakdown) {
        return membersByBreakdown.getOrDefault(breakdown, List.of());
    }

    /** The table of a measure that holds the given member (a total row counts). */
    public Optional<Table> tableWith(String measure, String member) {
        return Optional.ofNullable(tableByMeasureAndMember.get(measure + "\u0000" + member));
    }

    /** The table of a measure that has a total row, if any. */
    public Optional<Table> totalTable(String measure) {
        for (Table t : tablesOf(measure)) {
            if (!t.total().isEmpty()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public boolean isTotal(String member) {
        return totals.contains(member);
    }

    public List<String> allMembers() {
        List<String> all = new ArrayList<>();
        breakdowns.keySet().forEach(b -> all.addAll(membersOf(b)));
        return all;
    }
}
