package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Query;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The ratio as one unit of the answer side: its read-back and its body. A ratio says both sides,
 * the quotient (and, below one, the other way round) and the difference, so no number of it goes
 * unexplained.
 */
final class RatioText {
    private RatioText() {
    }

    /** "verhouding (hoeveel keer) · erkenningen / overeenkomsten · Horeca · 2022-2023": the side set against the other with a slash. */
    static List<String> readAs(Query.Ratio q, Phrases p) {
        List<String> members = q.sides().stream().flatMap(List::stream).toList();
        return switch (q.between()) {
            case MEASURES -> List.of(p.t("kind.ratio"), String.join(" / ", q.measures().stream().map(p::measure).toList()),
                    ReadAs.members(members, p), p.years(q.years()));
            case MEMBERS -> List.of(p.t("kind.ratio"), ReadAs.measures(q.measures(), p),
                    String.join(" / ", q.sides().stream().map(side -> ReadAs.members(side, p)).toList()), p.years(q.years()));
            case YEARS -> List.of(p.t("kind.ratio"), ReadAs.measures(q.measures(), p), ReadAs.members(members, p),
                    String.join(" / ", q.years()));
        };
    }

    static List<String> body(Result.Ratios r, Phrases p) {
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
            parts.add(p.member(a.member()));
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
        String who = p.members(cells.stream().map(Cell::member).toList());
        return cells.size() > 1 ? p.t("ratio.together", who, p.number(value)) : who + " " + p.number(value);
    }
}
