package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Query;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The average as one unit of the answer side: its read-back and its body. An average says what it
 * adds up, over how many, and what that mean is of: counts per province or sector can hold a
 * company more than once, and a row the breakdown's name does not cover (Brussels is no province)
 * is said, not averaged.
 */
final class AverageText {
    /** Up to this many terms, a sum is written out ("511 + 689 + ..."); beyond, only its total. */
    private static final int MAX_TERMS = 7;

    private AverageText() {
    }

    /** "gemiddelde per provincie · overeenkomsten · ... · 2021-2022", or "gemiddelde per schooljaar". */
    static List<String> readAs(Query.Average q, Phrases p) {
        String per = q.overYears() ? p.t("kind.averageYear") : p.breakdown(ReadAs.breakdownOf(q.members(), p), false);
        return List.of(p.t("kind.average", per), ReadAs.measures(q.measures(), p), ReadAs.members(q.members(), p), p.years(q.years()));
    }

    static List<String> body(Result.Averages r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Mean m : r.means()) {
            Cell first = m.cells().get(0);
            String mean = Numbers.decimals(m.value(), p.language());
            if (m.overYears()) {
                lines.add(p.t("average.years", p.member(first.member()), p.measure(first.measure()),
                        p.years(m.cells().stream().map(Cell::year).toList()), terms(m.cells(), p), m.cells().size(), mean));
                continue;
            }
            lines.add(p.t("average.members", p.breakdown(first.breakdown(), false), p.measure(first.measure()), first.year(),
                    terms(m.cells(), p), m.cells().size(), mean));
            m.leftOut().forEach(c -> lines.add(p.t("average.leftOut", p.member(c.member()), p.breakdown(first.breakdown(), false),
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

    /** Counts per row may hold one unit twice (when the table says so); said once, with the total it then exceeds. */
    private static Optional<String> caveat(Result.Averages r, Phrases p) {
        Optional<Result.Mean> members = r.means().stream().filter(m -> !m.overYears()).findFirst();
        // only where the table says one unit may count in several rows
        if (members.isEmpty() || !members.get().cells().get(0).table().overlaps()) {
            return Optional.empty();
        }
        Cell first = members.get().cells().get(0);
        String breakdown = p.breakdown(first.breakdown(), false);
        Optional<Integer> total = p.data().totalTable(first.measure())
                .flatMap(t -> t.value(t.total(), first.year()).isPresent() ? Optional.of(t.value(t.total(), first.year()).getAsInt()) : Optional.empty());
        int sum = members.get().sum();
        if (total.isPresent() && sum > total.get()) {
            return Optional.of(p.named("average.caveatOver", "breakdown", breakdown, "unit", p.unit(first.measure()),
                    "sum", p.number(sum), "total", p.number(total.get()), "year", first.year()));
        }
        return Optional.of(p.named("average.caveat", "breakdown", breakdown, "unit", p.unit(first.measure())));
    }
}
