package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Query;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a look-up: one sentence for one figure; otherwise a line per member and measure
 * with its years and a one-line trend, the difference when two members are compared, and sums:
 * asked ("samen") or of three or more rows, each saying that a sum may count a company twice.
 */
final class CellsText {
    private CellsText() {
    }

    static List<String> body(Result.Cells r, Phrases p) {
        List<Cell> cells = r.cells();
        if (!r.minus().isEmpty()) {
            return SumText.minus(cells, r.minus(), p);
        }
        if (cells.size() == 1) {
            Cell c = cells.get(0);
            return List.of(p.named("single", "member", p.member(c.member()), "year", c.year(), "value", p.number(c.value()),
                    "description", p.description(c.measure(), c.value())));
        }
        List<String> lines = new ArrayList<>();
        Map<String, List<Cell>> series = group(cells, c -> c.member() + "\u0000" + c.measure());
        for (List<Cell> s : series.values()) {
            lines.add(seriesLine(s, p));
            if (s.size() > 1) {
                lines.add("  " + trend(s, p));
            }
        }
        boolean compare = r.combine() == Query.Combine.COMPARE;
        if (r.combine() == Query.Combine.SUM && cells.stream().map(Cell::member).distinct().count() == 1) {
            lines.addAll(oneMember(cells, series, p));
        }
        for (List<Cell> slice : group(cells, c -> c.measure() + "\u0000" + c.year()).values()) {
            if (compare && slice.size() == 2) {
                lines.add(difference(slice.get(0), slice.get(1), p));
            }
            List<String> sums = r.combine() == Query.Combine.SUM ? SumText.lines(slice, r.parts(), p) : sum(slice, p).stream().toList();
            lines.addAll(sums);
            if (!sums.isEmpty()) {
                SumText.partial(slice, r.gaps(), p).ifPresent(lines::add); // a sum never silently skips a row without a figure
            }
        }
        if (compare) {
            for (List<Cell> pair : group(cells, c -> c.member() + "\u0000" + c.year()).values()) {
                if (pair.size() == 2 && comparable(pair.get(0), pair.get(1), p)) {
                    lines.add(difference(pair.get(0), pair.get(1), p));
                }
            }
        }
        return lines;
    }

    /** A sum asked of one member: of its years for one measure, or of its measures per year when the data lets them be added. */
    private static List<String> oneMember(List<Cell> cells, Map<String, List<Cell>> series, Phrases p) {
        List<String> lines = new ArrayList<>();
        if (cells.stream().map(Cell::measure).distinct().count() == 1) {
            series.values().stream().filter(s -> s.size() > 1).forEach(s -> lines.add(SumText.overYears(s, p)));
        } else {
            group(cells, Cell::year).values().forEach(slice -> SumText.acrossMeasures(slice, p).ifPresent(lines::add));
        }
        return lines;
    }

    private static String seriesLine(List<Cell> s, Phrases p) {
        Cell first = s.get(0);
        String label = p.member(first.member()) + p.t("sep") + p.measure(first.measure());
        if (s.size() == 1) {
            return p.t("cellYear", label, p.number(first.value()), first.year());
        }
        List<String> values = s.stream().map(c -> c.year() + ": " + p.number(c.value())).toList();
        return p.t("cell", label, String.join(p.t("sep"), values));
    }

    private static String trend(List<Cell> s, Phrases p) {
        Result.Step step = new Result.Step(s.get(0), s.get(s.size() - 1));
        String line = p.t("trend", p.number(step.from().value()), p.number(step.to().value()), p.signed(step.difference()),
                p.signedPercent(step.percent()), step.from().year(), step.to().year());
        int from = step.from().value();
        // "hoeveel keer meer": a growth to twice or more is also said as a factor
        return from > 0 && step.to().value() >= 2 * from
                ? line + " " + p.t("factor", Numbers.oneDecimal((double) step.to().value() / from, p.language())) : line;
    }

    /** True when the data lets the two measures be set against each other (never pupils against companies). */
    private static boolean comparable(Cell a, Cell b, Phrases p) {
        return p.data().measures().get(a.measure()).comparesWith(p.data().measures().get(b.measure()));
    }

    /** Two members of one measure, or two measures of one member, in one year. */
    static String difference(Cell a, Cell b, Phrases p) {
        boolean sameMember = a.member().equals(b.member());
        String what = (sameMember ? p.member(a.member()) : p.measure(a.measure())) + " " + a.year();
        String left = sameMember ? p.measure(a.measure()) : p.member(a.member());
        String right = sameMember ? p.measure(b.measure()) : p.member(b.member());
        String line = p.named("difference", "what", what, "left", left, "a", p.number(a.value()), "right", right,
                "b", p.number(b.value()), "difference", p.number(Math.abs(a.value() - b.value())));
        int low = Math.min(a.value(), b.value());
        int high = Math.max(a.value(), b.value());
        // "hoeveel keer meer", "x% more recognitions than agreements": the ratio, when neither is zero
        // (two measures reach here only when the data lets them be set against each other)
        boolean ratio = low > 0 && high != low;
        // "hoeveel procent meer": the difference as a percentage of the smaller, beside the factor
        return ratio ? line + " " + p.t("ratio", high == a.value() ? left : right, Numbers.oneDecimal((double) high / low, p.language()),
                p.signedPercent(100.0 * (high - low) / low), high == a.value() ? right : left) : line;
    }

    /** Three or more rows of one table side by side: their sum, and why it may exceed the total. */
    private static Optional<String> sum(List<Cell> slice, Phrases p) {
        List<Cell> rows = slice.stream().filter(c -> !c.table().isTotal(c.member())).toList();
        if (rows.size() < 3 || rows.stream().map(c -> c.table().id()).distinct().count() > 1) {
            return Optional.empty();
        }
        return Optional.of(SumText.total(rows, p));
    }

    static <K> Map<K, List<Cell>> group(List<Cell> cells, java.util.function.Function<Cell, K> key) {
        Map<K, List<Cell>> out = new LinkedHashMap<>();
        cells.forEach(c -> out.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return out;
    }
}
