package be.duaalbot.answer;

import be.duaalbot.query.Cell;
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
            names.add(in.size() == 1 ? in.get(0).member() : p.list(in.stream().map(Cell::member).toList()));
            if (in.size() > 1) {
                lines.add(p.t("sumPlain", p.list(in.stream().map(Cell::member).toList()) + " \u00b7 " + what(in.get(0), p), p.number(sum)));
            }
        }
        if (sums.size() == 2) {
            lines.add(p.t("sumDifference", names.get(0), p.number(sums.get(0)), names.get(1), p.number(sums.get(1)),
                    p.number(Math.abs(sums.get(0) - sums.get(1)))));
        }
        lines.add(p.t("sumCaveat", p.breakdown(rows.get(0).breakdown(), false)));
        return lines;
    }

    /** A total less some of its rows, per measure and year: computed, and said to be an approximation. */
    static List<String> minus(List<Cell> totals, List<Cell> minus, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Cell total : totals) {
            List<Cell> off = minus.stream().filter(c -> c.measure().equals(total.measure()) && c.year().equals(total.year())).toList();
            int rest = total.value() - off.stream().mapToInt(Cell::value).sum();
            String terms = p.number(total.value()) + " \u2212 " + String.join(" \u2212 ", off.stream().map(c -> p.number(c.value())).toList());
            lines.add(p.t("minus", total.member(), p.list(off.stream().map(Cell::member).toList()), what(total, p), terms, p.number(rest)));
        }
        lines.add(p.t("minusCaveat", p.breakdown(totals.get(0).breakdown(), false)));
        return lines;
    }

    /** One member's figures of several years added up: a company there every year counts every year. */
    static String overYears(List<Cell> series, Phrases p) {
        Cell first = series.get(0);
        int sum = series.stream().mapToInt(Cell::value).sum();
        String terms = String.join(" + ", series.stream().map(c -> p.number(c.value())).toList());
        return p.t("sumYears", first.member(), p.measure(first.measure()), p.years(series.stream().map(Cell::year).toList()),
                terms, p.number(sum));
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
        if (total.isPresent() && sum > total.get()) {
            return p.t("sum", what, p.number(sum), p.number(total.get()), p.breakdown(first.breakdown(), false), p.unit(first.measure()));
        }
        String caveat = p.t("sumCaveat", p.breakdown(first.breakdown(), false));
        if (rows.size() > MAX_TERMS) {
            return p.t("sumPlain", what, p.number(sum)) + " " + caveat;
        }
        String terms = String.join(" + ", rows.stream().map(c -> p.number(c.value())).toList());
        return p.t("sumAsked", what, terms, p.number(sum)) + " " + caveat;
    }

    private static String what(Cell c, Phrases p) {
        return p.measure(c.measure()) + " " + c.year();
    }
}
