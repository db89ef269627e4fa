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
 * as its two years side by side. A single figure gets none. One visit per kind of result, so a new
 * kind says whether it has a chart.
 */
final class Charts implements Result.Visitor<Optional<ChartModel>> {
    private final String title;
    private final String caption;
    private final Phrases p;

    private Charts(String title, String caption, Phrases p) {
        this.title = title;
        this.caption = caption;
        this.p = p;
    }

    static Optional<ChartModel> of(Result result, String title, String caption, Phrases p) {
        return result.accept(new Charts(title, caption, p));
    }

    @Override
    public Optional<ChartModel> cells(Result.Cells r) {
        return r.cells().size() > 1 ? Optional.of(cells(r.cells())) : Optional.empty();
    }

    @Override
    public Optional<ChartModel> rankings(Result.Rankings r) {
        if (r.rankings().isEmpty() || r.rankings().get(0).rows().size() <= 1) {
            return Optional.empty();
        }
        Result.Ranking ranking = r.rankings().get(0);
        List<ChartModel.Point> points = ranking.rows().stream().map(c -> new ChartModel.Point(p.member(c.member()), c.value())).toList();
        return Optional.of(model(ChartModel.Kind.RANKING, p.breakdown(ranking.breakdown(), true), p.measure(ranking.measure()),
                List.of(new ChartModel.Series(p.measure(ranking.measure()), points)), ranking.rows()));
    }

    @Override
    public Optional<ChartModel> years(Result.YearRanks r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> changes(Result.Changes r) {
        return r.steps().isEmpty() ? Optional.empty() : Optional.of(steps(r.steps()));
    }

    @Override
    public Optional<ChartModel> movers(Result.MoverLists r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> shares(Result.Shares r) {
        return Optional.empty();
    }

    /** The cells of both sides of each ratio, side by side (or as a series, for two years of one member). */
    @Override
    public Optional<ChartModel> ratios(Result.Ratios r) {
        return r.cells().size() > 1 ? Optional.of(cells(r.cells())) : Optional.empty();
    }

    /** The cells averaged: the rows side by side, or the years as a series. */
    @Override
    public Optional<ChartModel> averages(Result.Averages r) {
        return r.cells(false).size() > 1 ? Optional.of(cells(r.cells(false))) : Optional.empty();
    }

    @Override
    public Optional<ChartModel> explanation(Result.Explanation r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> clarify(Result.Clarify r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> smallTalk(Result.SmallTalk r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> noData(Result.NoData r) {
        return Optional.empty();
    }

    @Override
    public Optional<ChartModel> notUnderstood(Result.NotUnderstood r) {
        return Optional.empty();
    }

    /** Pairs of cells (two years of a member, two measures) as grouped bars per first cell's year. */
    private ChartModel steps(List<Result.Step> steps) {
        Map<String, List<ChartModel.Point>> byYear = new LinkedHashMap<>();
        List<Cell> cells = new ArrayList<>();
        for (Result.Step s : steps) {
            for (Cell c : List.of(s.from(), s.to())) {
                byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(new ChartModel.Point(label(c, steps.size()), c.value()));
                cells.add(c);
            }
        }
        List<ChartModel.Series> series = byYear.entrySet().stream().map(e -> new ChartModel.Series(e.getKey(), e.getValue())).toList();
        return model(ChartModel.Kind.COMPARISON, "", p.measure(cells.get(0).measure()), series, cells);
    }

    private ChartModel cells(List<Cell> cells) {
        Map<String, List<Cell>> series = CellsText.group(cells, c -> c.member() + "\u0000" + c.measure());
        boolean overYears = series.values().stream().allMatch(s -> s.size() > 1);
        String valueAxis = p.list(cells.stream().map(c -> p.measure(c.measure())).distinct().toList());
        if (overYears) {
            List<ChartModel.Series> out = new ArrayList<>();
            series.values().forEach(s -> out.add(new ChartModel.Series(name(s.get(0), series.size()),
                    s.stream().map(c -> new ChartModel.Point(c.year(), c.value())).toList())));
            ChartModel.Kind kind = out.size() == 1 ? ChartModel.Kind.SERIES : ChartModel.Kind.COMPARISON;
            return model(kind, "", valueAxis, out, cells);
        }
        Map<String, List<ChartModel.Point>> byMeasureYear = new LinkedHashMap<>();
        for (Cell c : cells) {
            byMeasureYear.computeIfAbsent(p.measure(c.measure()) + " " + c.year(), k -> new ArrayList<>())
                    .add(new ChartModel.Point(p.member(c.member()), c.value()));
        }
        List<ChartModel.Series> out = byMeasureYear.entrySet().stream().map(e -> new ChartModel.Series(e.getKey(), e.getValue())).toList();
        return model(ChartModel.Kind.COMPARISON, "", valueAxis, out, cells);
    }

    private String name(Cell c, int seriesCount) {
        return seriesCount == 1 ? p.member(c.member()) : p.member(c.member()) + " · " + p.measure(c.measure());
    }

    private String label(Cell c, int steps) {
        return steps == 1 ? p.member(c.member()) : p.member(c.member()) + " · " + p.measure(c.measure());
    }

    /**
     * Years a footnote marks (figures not yet final) are marked with that footnote's marker. The marker
     * follows the cells: a table whose figures of that year a newer source made final has none, and
     * when the chart shows several tables, the note names those it applies to.
     */
    private ChartModel model(ChartModel.Kind kind, String categoryAxis, String valueAxis, List<ChartModel.Series> series, List<Cell> cells) {
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
