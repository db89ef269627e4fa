package be.duaalbot.answer;

import be.duaalbot.data.Footnote;
import be.duaalbot.query.Cell;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which answers get a chart, and its model: a series when figures run over two or more school
 * years, a ranking as horizontal bars, members or measures side by side as grouped bars, a change
 * as its two years side by side. A single figure gets none.
 */
final class Charts {
    private Charts() {
    }

    static Optional<ChartModel> of(Result result, String title, String caption, Phrases p) {
        if (result instanceof Result.Cells r && r.cells().size() > 1) {
            return Optional.of(cells(r, title, caption, p));
        }
        if (result instanceof Result.Rankings r && !r.rankings().isEmpty() && r.rankings().get(0).rows().size() > 1) {
            Result.Ranking ranking = r.rankings().get(0);
            List<ChartModel.Point> points = ranking.rows().stream().map(c -> new ChartModel.Point(c.member(), c.value())).toList();
            return Optional.of(model(ChartModel.Kind.RANKING, title, p.breakdown(ranking.breakdown(), true), p.measure(ranking.measure()),
                    List.of(new ChartModel.Series(p.measure(ranking.measure()), points)), caption, ranking.rows(), p));
        }
        if (result instanceof Result.Changes r && !r.steps().isEmpty()) {
            Map<String, List<ChartModel.Point>> byYear = new LinkedHashMap<>();
            List<Cell> cells = new ArrayList<>();
            for (Result.Step s : r.steps()) {
                for (Cell c : List.of(s.from(), s.to())) {
                    byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(new ChartModel.Point(label(c, r.steps().size(), p), c.value()));
                    cells.add(c);
                }
            }
            List<ChartModel.Series> series = byYear.entrySet().stream().map(e -> new ChartModel.Series(e.getKey(), e.getValue())).toList();
            return Optional.of(model(ChartModel.Kind.COMPARISON, title, "", p.measure(cells.get(0).measure()), series, caption, cells, p));
        }
        return Optional.empty();
    }

    private static ChartModel cells(Result.Cells r, String title, String caption, Phrases p) {
        Map<String, List<Cell>> series = CellsText.group(r.cells(), c -> c.member() + "\u0000" + c.measure());
        boolean overYears = series.values().stream().allMatch(s -> s.size() > 1);
        String valueAxis = p.list(r.cells().stream().map(c -> p.measure(c.measure())).distinct().toList());
        if (overYears) {
            List<ChartModel.Series> out = new ArrayList<>();
            series.values().forEach(s -> out.add(new ChartModel.Series(name(s.get(0), series.size(), p),
                    s.stream().map(c -> new ChartModel.Point(c.year(), c.value())).toList())));
            ChartModel.Kind kind = out.size() == 1 ? ChartModel.Kind.SERIES : ChartModel.Kind.COMPARISON;
            return model(kind, title, "", valueAxis, out, caption, r.cells(), p);
        }
        Map<String, List<ChartModel.Point>> byMeasureYear = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            byMeasureYear.computeIfAbsent(p.measure(c.measure()) + " " + c.year(), k -> new ArrayList<>())
                    .add(new ChartModel.Point(c.member(), c.value()));
        }
        List<ChartModel.Series> out = byMeasureYear.entrySet().stream().map(e -> new ChartModel.Series(e.getKey(), e.getValue())).toList();
        return model(ChartModel.Kind.COMPARISON, title, "", valueAxis, out, caption, r.cells(), p);
    }

    private static String name(Cell c, int seriesCount, Phrases p) {
        return seriesCount == 1 ? c.member() : c.member() + " · " + p.measure(c.measure());
    }

    private static String label(Cell c, int steps, Phrases p) {
        return steps == 1 ? c.member() : c.member() + " · " + p.measure(c.measure());
    }

    /**
     * Years a footnote marks (figures not yet final) are marked with that footnote's marker. The marker
     * follows the cells: a table whose figures of that year a newer source made final has none, and
     * when the chart shows several tables, the note names those it applies to.
     */
    private static ChartModel model(ChartModel.Kind kind, String title, String categoryAxis, String valueAxis,
                                    List<ChartModel.Series> series, String caption, List<Cell> cells, Phrases p) {
        Set<String> incomplete = new LinkedHashSet<>();
        String marker = "";
        Map<Footnote, Set<String>> marked = new LinkedHashMap<>();
        Set<String> tables = new LinkedHashSet<>();
        for (Cell c : cells) {
            String table = p.named("coverage.name", "measure", p.measure(c.measure()), "breakdown", p.breakdown(c.breakdown(), false));
            tables.add(table);
            for (Footnote f : c.table().footnotesFor(c.member(), c.year())) {
                if (!f.schoolYears().isEmpty()) {
                    incomplete.add(c.year());
                    marker = f.marker().isEmpty() ? "*" : f.marker();
                    marked.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(table);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        marked.forEach((f, in) -> {
            String which = in.size() < tables.size() ? " (" + p.list(List.copyOf(in)) + ")" : "";
            notes.add((f.marker().isEmpty() ? "*" : f.marker()) + " " + String.join(", ", f.schoolYears()) + which + ": " + f.text().in(p.language()));
        });
        String fullCaption = notes.isEmpty() ? caption : String.join("\n", notes) + "\n" + caption;
        return new ChartModel(kind, title, categoryAxis, valueAxis, series, fullCaption, List.copyOf(incomplete), marker);
    }
}
