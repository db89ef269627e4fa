package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Table;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary of many rows of figures: the total of the fullest recent year shown, the top rows of that
 * year ranked by the first measure, and what was left out (other rows, other years). Every
 * number is a figure of the answer or a total cell of the data.
 */
final class TableSummary {
    private static final int TOP = 5;
    private static final int MIN_ROWS = 3;

    private final Dataset data;
    private final Language language;
    private final NumberFormat format;
    private final ChatTexts t = ChatTexts.get();

    TableSummary(Dataset data, Language language) {
        this.data = data;
        this.language = language;
        this.format = NumberFormat.getIntegerInstance(language.locale());
    }

    /** Worth summarising as a table: three rows or more. */
    static boolean fits(Answer answer, Dataset data) {
        return answer.figures().stream().map(Figure::member).filter(m -> !data.isTotal(m)).distinct().count() >= MIN_ROWS;
    }

    List<String> lines(Answer full, int maxLines, int maxChars) {
        List<Figure> figures = full.figures();
        String year = year(figures);
        List<String> measures = figures.stream().map(Figure::measure).distinct().toList();
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        figures.stream().filter(f -> f.schoolYear().equals(year) && !data.isTotal(f.member()))
                .forEach(f -> rows.computeIfAbsent(f.member(), m -> new LinkedHashMap<>()).put(f.measure(), f.value()));
        List<String> ranked = rows.keySet().stream()
                .sorted(Comparator.comparingInt((String m) -> rows.get(m).getOrDefault(measures.get(0), -1)).reversed()).toList();
        List<String> out = new ArrayList<>();
        total(measures, year).ifPresent(out::add);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, Math.min(ranked.size(), maxLines - out.size() - 2)); i++) {
            top.add(t.text(language, "short.row", i + 1, data.glosses().label(ranked.get(i), language), values(rows.get(ranked.get(i)), measures)));
        }
        while (top.size() > MIN_ROWS && length(out, top) + 160 > maxChars) {
            top.remove(top.size() - 1);
        }
        out.add(t.named(language, "short.top", "count", top.size(), "year", year, "measure", name(measures.get(0))));
        out.addAll(top);
        out.add(t.text(language, "short.leftOut", ranked.size() - top.size(), ranked.size(), otherYears(figures, year)));
        return out;
    }

    /**
     * The year whose top rows to show: the newest in which the most rows have a figure, since a new
     * source may give a year for some rows only.
     */
    private String year(List<Figure> figures) {
        Map<String, Long> rows = figures.stream().filter(f -> !data.isTotal(f.member()))
                .collect(java.util.stream.Collectors.groupingBy(Figure::schoolYear, java.util.stream.Collectors.counting()));
        return rows.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseGet(() -> figures.stream().map(Figure::schoolYear).max(Comparator.naturalOrder()).orElseThrow());
    }

    private Optional<String> total(List<String> measures, String year) {
        List<String> values = new ArrayList<>();
        String label = null;
        for (String m : measures) {
            Optional<Table> table = data.totalTable(m);
            if (table.isPresent() && table.get().value(table.get().total(), year).isPresent()) {
                label = label == null ? table.get().total() : label;
                values.add(name(m) + " " + format.format(table.get().value(table.get().total(), year).getAsInt()));
            }
        }
        return label == null ? Optional.empty()
                : Optional.of(t.named(language, "short.total", "total", data.glosses().label(label, language), "year", year, "values", String.join(" \u00b7 ", values)));
    }

    private String values(Map<String, Integer> row, List<String> measures) {
        List<String> parts = new ArrayList<>();
        for (String m : measures) {
            if (row.containsKey(m)) {
                parts.add((measures.size() > 1 ? name(m) + " " : "") + format.format(row.get(m)));
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    private String otherYears(List<Figure> figures, String year) {
        List<String> others = figures.stream().map(Figure::schoolYear).distinct().filter(y -> !y.equals(year))
                .sorted(Comparator.comparingInt(data.schoolYears()::indexOf)).toList();
        return others.isEmpty() ? "" : t.text(language, "short.leftOutYears", String.join(", ", others));
    }

    private String name(String measure) {
        return data.measures().get(measure).name().in(language);
    }

    private static int length(List<String> a, List<String> b) {
        return a.stream().mapToInt(s -> s.length() + 1).sum() + b.stream().mapToInt(s -> s.length() + 1).sum();
    }
}
