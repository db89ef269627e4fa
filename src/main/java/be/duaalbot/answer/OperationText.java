package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bodies of the computing kinds. A ratio says both sides, the quotient (and, below one, the
 * other way round) and the difference; an average says what it adds up, over how many, and what
 * that mean is of: counts per province or sector can hold a company more than once, and a row the
 * breakdown's name does not cover (Brussels is no province) is said, not averaged.
 */
final class OperationText {
    /** Up to this many terms, a sum is written out ("511 + 689 + ..."); beyond, only its total. */
    private static final int MAX_TERMS = 7;

    private OperationText() {
    }

    static List<String> ratios(Result.Ratios r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Quotient q : r.quotients()) {
            String what = common(q, p);
            String over = side(q.over(), q, p);
            String under = side(q.under(), q, p);
            Double value = q.value();
            if (value == null) {
                lines.add(p.t("ratio.zero", what, over, under));
                continue;
            }
            String line = p.t("ratio.line", what, over, under, Numbers.decimals(value, p.language()),
                    p.number(q.overValue()) + " / " + p.number(q.underValue()), p.number(Math.abs(q.overValue() - q.underValue())));
            lines.add(value < 1 && value > 0 ? line + " " + p.t("ratio.inverse", Numbers.decimals(1 / value, p.language())) : line);
        }
        return lines;
    }

    /** What both sides share: the member and year of two measures, the measure and year of two members, ... */
    private static String common(Result.Quotient q, Phrases p) {
        Cell a = q.over().get(0);
        Cell b = q.under().get(0);
        List<String> parts = new ArrayList<>();
        if (a.member().equals(b.member()) && q.over().size() == 1) {
            parts.add(a.member());
        }
        if (a.measure().equals(b.measure())) {
            parts.add(p.measure(a.measure()));
        }
        if (a.year().equals(b.year())) {
            parts.add(a.year());
        }
        return String.join(" \u00b7 ", parts);
    }

    /** One side as its value and what sets it apart from the other: "1.228 erkenningen", "Antwerpen 801", "2.824 in 2022-2023". */
    private static String side(List<Cell> cells, Result.Quotient q, Phrases p) {
        Cell c = cells.get(0);
        int value = cells.stream().mapToInt(Cell::value).sum();
        if (!q.over().get(0).measure().equals(q.under().get(0).measure())) {
            return p.number(value) + " " + p.measure(c.measure());
        }
        if (!q.over().get(0).year().equals(q.under().get(0).year())) {
            return p.t("ratio.inYear", p.number(value), c.year());
        }
        String who = p.list(cells.stream().map(Cell::member).toList());
        return cells.size() > 1 ? p.t("ratio.together", who, p.number(value)) : who + " " + p.number(value);
    }

    static List<String> averages(Result.Averages r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Mean m : r.means()) {
            Cell first = m.cells().get(0);
            String mean = Numbers.decimals(m.value(), p.language());
            if (m.overYears()) {
                lines.add(p.t("average.years", first.member(), p.measure(first.measure()),
                        p.years(m.cells().stream().map(Cell::year).toList()), terms(m.cells(), p), m.cells().size(), mean));
                continue;
            }
            lines.add(p.t("average.members", p.breakdown(first.breakdown(), false), p.measure(first.measure()), first.year(),
                    terms(m.cells(), p), m.cells().size(), mean));
            m.leftOut().forEach(c -> lines.add(p.t("average.leftOut", c.member(), p.breakdown(first.breakdown(), false),
                    p.number(c.value()), p.measure(c.measure()))));
        }
        caveat(r, p).ifPresent(lines::add);
        return lines;
    }

    private static String terms(List<Cell> cells, Phrases p) {
        int sum = cells.stream().mapToInt(Cell::value).sum();
        if (cells.size() > MAX_TERMS) {
            return p.t("average.sumOf", p.number(sum), cells.size());
        }
        return "(" + String.join(" + ", cells.stream().map(c -> p.number(c.value())).toList()) + " = " + p.number(sum) + ")";
    }

    /** Counts per province or sector may hold a company twice; said once, with the total it then exceeds. */
    private static Optional<String> caveat(Result.Averages r, Phrases p) {
        Optional<Result.Mean> members = r.means().stream().filter(m -> !m.overYears()).findFirst();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Cell first = members.get().cells().get(0);
        String breakdown = p.breakdown(first.breakdown(), false);
        Optional<Integer> total = p.data().totalTable(first.measure())
                .flatMap(t -> t.value(t.total(), first.year()).isPresent() ? Optional.of(t.value(t.total(), first.year()).getAsInt()) : Optional.empty());
        int sum = members.get().sum();
        if (total.isPresent() && sum > total.get()) {
            return Optional.of(p.t("average.caveatOver", breakdown, p.number(sum), p.number(total.get()), first.year()));
        }
        return Optional.of(p.t("average.caveat", breakdown));
    }
}
