package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sums asked for ("antwerpen en limburg samen", "de drie handelssectoren samen"): of every row
 * named, or of each group named on its own, with the difference when a group is set against
 * another part ("handel samen tegenover de bouw"). Rows of one table may count a company more
 * than once (a company with sites in two provinces), so every sum says so, and a sum above the
 * Flemish total says why.
 */
final class SumText {
    /** Up to this many rows, the sum is written out term by term ("2.841 + 1.507 = 4.348"). */
    private static final int MAX_TERMS = 5;

    private SumText() {
    }

    /** The lines for one measure and year: {@code parts} as the parser found them. */
    static List<String> lines(List<Cell> slice, List<List<String>> parts, Phrases p) {
        List<Cell> rows = slice.stream().filter(c -> !c.table().isTotal(c.member())).toList();
        if (rows.size() < 2) {
            return List.of();
        }
        boolean groups = parts.stream().anyMatch(part -> part.size() > 1);
        if (!groups) {
            return List.of(total(rows, p));
        }
        return groupLines(rows, parts, p);
    }

    private static List<String> groupLines(List<Cell> rows, List<List<String>> parts, Phrases p) {
        List<String> lines = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (List<String> part : parts) {
            List<Cell> in = rows.stream().filter(c -> part.contains(c.member())).toList();
            if (in.isEmpty()) {
                continue;
            }
            int sum = in.stream().mapToInt(Cell::value).sum();
            sums.add(sum);
            names.add(p.members(in.stream().map(Cell::member).toList()));
            if (in.size() > 1) {
                lines.add(p.named("sumPlain", "what", p.members(in.stream().map(Cell::member).toList()) + " \u00b7 " + what(in.get(0), p),
                        "sum", p.number(sum)));
            }
        }
        if (sums.size() == 2) {
            lines.add(p.t("sumDifference", names.get(0), p.number(sums.get(0)), names.get(1), p.number(sums.get(1)),
                    p.number(Math.abs(sums.get(0) - sums.get(1)))));
        }
        caveat("sumCaveat", rows.get(0), p).ifPresent(lines::add);
        return lines;
    }

    /** A total less some of its rows, per measure and year: computed, and said to be an approximation. */
    static List<String> minus(List<Cell> totals, List<Cell> minus, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Cell total : totals) {
            List<Cell> off = minus.stream().filter(c -> c.measure().equals(total.measure()) && c.year().equals(total.year())).toList();
            int rest = total.value() - off.stream().mapToInt(Cell::value).sum();
            String terms = p.number(total.value()) + " \u2212 " + String.join(" \u2212 ", off.stream().map(c -> p.number(c.value())).toList());
            lines.add(p.named("minus", "total", p.member(total.member()), "minus", p.members(off.stream().map(Cell::member).toList()),
                    "what", what(total, p), "terms", terms, "rest", p.number(rest)));
        }
        caveat("minusCaveat", totals.get(0), p).ifPresent(lines::add);
        return lines;
    }

    /** One member's figures of several years added up: a company there every year counts every year. */
    static String overYears(List<Cell> series, Phrases p) {
        Cell first = series.get(0);
        int sum = series.stream().mapToInt(Cell::value).sum();
        String terms = String.join(" + ", series.stream().map(c -> p.number(c.value())).toList());
        return p.named("sumYears", "member", p.member(first.member()), "measure", p.measure(first.measure()),
                "span", p.years(series.stream().map(Cell::year).toList()), "terms", terms, "sum", p.number(sum), "unit", p.unit(first.measure()));
    }

    /** The sum of rows of one table, and why it may exceed the Flemish total. */
    static String total(List<Cell> rows, Phrases p) {
        Cell first = rows.get(0);
        int sum = rows.stream().mapToInt(Cell::value).sum();
        Optional<Integer> total = p.data().totalTable(first.measure()).flatMap(t -> {
            var v = t.value(t.total(), first.year());
            return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.<Integer>empty();
        });
        String what = what(first, p);
        if (total.isPresent() && sum > total.get() && first.table().overlaps()) {
            return p.named("sum", "what", what, "sum", p.number(sum), "total", p.member(p.total(first.measure())), "totalValue", p.number(total.get()),
                    "breakdown", p.breakdown(first.breakdown(), false), "unit", p.unit(first.measure()));
        }
        String caveat = caveat("sumCaveat", first, p).map(c -> " " + c).orElse("");
        if (rows.size() > MAX_TERMS) {
            return p.named("sumPlain", "what", what, "sum", p.number(sum)) + caveat;
        }
        String terms = String.join(" + ", rows.stream().map(c -> p.number(c.value())).toList());
        return p.named("sumAsked", "what", what, "terms", terms, "sum", p.number(sum)) + caveat;
    }

    /** One member's measures of one year added up, when the data lets all of them be summed (never pupils and companies). */
    static Optional<String> acrossMeasures(List<Cell> slice, Phrases p) {
        var measures = slice.stream().map(c -> p.data().measures().get(c.measure())).toList();
        boolean summable = measures.stream().allMatch(a -> measures.stream().allMatch(a::sumsWith));
        if (slice.size() < 2 || !summable) {
            return Optional.empty();
        }
        String what = p.member(slice.get(0).member()) + " \u00b7 " + p.list(slice.stream().map(c -> p.measure(c.measure())).toList()) + " " + slice.get(0).year();
        String terms = String.join(" + ", slice.stream().map(c -> p.number(c.value())).toList());
        return Optional.of(p.named("sumAsked", "what", what, "terms", terms, "sum", p.number(slice.stream().mapToInt(Cell::value).sum())));
    }

    /** That one unit may count in several rows, when the table's own footnote says so (companies with sites in two provinces). */
    private static Optional<String> caveat(String key, Cell c, Phrases p) {
        return c.table().overlaps()
                ? Optional.of(p.named(key, "unit", p.unit(c.measure()), "breakdown", p.breakdown(c.breakdown(), false)))
                : Optional.empty();
    }

    /**
     * For a sum of one measure and year, the rows asked that have no figure (a newer source gave some
     * rows of the year, or the table has no such row): how many the sum counts, and which it lacks.
     */
    static Optional<String> partial(List<Cell> slice, List<Gap> gaps, Phrases p) {
        Cell first = slice.get(0);
        List<String> missing = new ArrayList<>();
        for (Gap g : gaps) {
            List<String> a = g.args();
            boolean noFigure = g.kind() == Gap.Kind.NO_FIGURE && a.get(0).equals(first.measure()) && a.get(2).equals(first.year());
            boolean noRow = g.kind() == Gap.Kind.ROW && a.get(0).equals(first.measure());
            String member = noFigure ? a.get(3) : noRow ? a.get(1) : null;
            if (member != null && !missing.contains(member)) {
                missing.add(member);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        long have = slice.stream().filter(c -> !c.table().isTotal(c.member())).count();
        return Optional.of(p.named("sum.partial", "have", have, "all", have + missing.size(),
                "plural", p.breakdown(first.breakdown(), true), "missing", GapText.namesOrCount(missing, p), "year", first.year()));
    }

    private static String what(Cell c, Phrases p) {
        return p.measure(c.measure()) + " " + c.year();
    }
}
