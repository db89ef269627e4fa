package be.duaalbot.answer;

import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The school years tables cover, worded: one span when all cover the same years ("2019-2020 t/m
 * 2022-2023"), else the span most tables share with each other table's own beside it, since a new
 * source may bring one table a year the others lack.
 */
final class Coverage {
    private Coverage() {
    }

    static String of(List<Table> tables, Phrases p) {
        Map<List<String>, List<Table>> byYears = new LinkedHashMap<>();
        tables.forEach(t -> byYears.computeIfAbsent(t.schoolYears(), y -> new ArrayList<>()).add(t));
        List<String> main = byYears.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey).orElse(p.data().schoolYears());
        List<String> others = new ArrayList<>();
        byYears.forEach((years, group) -> {
            if (!years.equals(main)) {
                group.forEach(t -> others.add(table(t, p)));
            }
        });
        String span = p.years(main);
        return others.isEmpty() ? span : p.plain("coverage.others", "span", span, "others", String.join("; ", others));
    }

    /** "overeenkomsten per provincie: 2019-2020 t/m 2022-2023". */
    static String table(Table t, Phrases p) {
        return table(t, t.schoolYears(), p);
    }

    static String table(Table t, List<String> years, Phrases p) {
        return p.plain("coverage.table", "measure", p.measure(t.measure()), "breakdown", p.breakdown(t.breakdown(), false),
                "span", p.years(years));
    }
}
