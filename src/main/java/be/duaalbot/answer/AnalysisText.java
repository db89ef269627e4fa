package be.duaalbot.answer;

import be.duaalbot.query.Cell;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;

/** The bodies of analysis answers: rankings, changes, movers, shares and conversions, each saying how it was computed. */
final class AnalysisText {
    private AnalysisText() {
    }

    static List<String> rankings(Result.Rankings r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Ranking ranking : r.rankings()) {
            if (ranking.apartLeads()) {
                ranking.apart().forEach(c -> lines.add(apart(ranking.top() ? "ranking.apartMost" : "ranking.apartFewest", c, ranking, p)));
            }
            String head = p.named(ranking.top() ? "ranking.top" : "ranking.bottom", "count", ranking.rows().size(),
                    "breakdown", p.breakdown(ranking.breakdown(), ranking.rows().size() != 1), "measure", p.measure(ranking.measure()),
                    "year", ranking.year());
            String order = " (" + p.t(ranking.top() ? "kind.ascending" : "kind.descending") + "):";
            lines.add(ranking.reversed() ? head.replaceFirst(":$", order) : head);
            for (int i = 0; i < ranking.rows().size(); i++) {
                Cell c = ranking.rows().get(i);
                int rank = ranking.ranks().get(i);
                boolean tied = ranking.ranks().stream().filter(x -> x == rank).count() > 1;
                lines.add(p.t(tied ? "ranking.tie" : "ranking.row", rank, p.member(c.member()), p.number(c.value())));
            }
        }
        for (Result.Ranking ranking : r.rankings()) {
            for (Cell c : ranking.apartLeads() ? List.<Cell>of() : ranking.apart()) {
                lines.add(apart("ranking.apart", c, ranking, p));
            }
        }
        if (!r.rankings().isEmpty()) {
            note(r.rankings().get(0), p).ifPresent(lines::add);
        }
        return lines;
    }

    private static String apart(String key, Cell c, Result.Ranking ranking, Phrases p) {
        return p.named(key, "member", p.member(c.member()), "breakdown", p.breakdown(ranking.breakdown(), false), "value", p.number(c.value()),
                "measure", p.measure(c.measure()), "year", c.year());
    }

    /** What a ranking leaves out (the table's total row) and whether one unit may count in several rows, as the table says. */
    private static java.util.Optional<String> note(Result.Ranking ranking, Phrases p) {
        var table = p.data().table(ranking.measure(), ranking.breakdown());
        List<String> parts = new ArrayList<>();
        table.filter(t -> !t.total().isEmpty()).ifPresent(t -> parts.add(p.named("ranking.note", "total", p.member(t.total()))));
        table.filter(be.duaalbot.data.Table::overlaps).ifPresent(t -> parts.add(p.named("ranking.overlap",
                "unit", p.unit(ranking.measure()), "breakdown", p.breakdown(ranking.breakdown(), false))));
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", parts));
    }

    /** The years of a member, best (or worst) first, ties said as ties. */
    static List<String> years(Result.YearRanks r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.YearOrder order : r.orders()) {
            Cell best = order.years().get(0);
            lines.add(p.named(order.top() ? "years.top" : "years.bottom", "member", p.member(best.member()), "measure", p.measure(best.measure()),
                    "year", best.year(), "value", p.number(best.value())));
            for (int i = 0; i < order.years().size(); i++) {
                Cell c = order.years().get(i);
                int rank = order.ranks().get(i);
                boolean tied = order.ranks().stream().filter(x -> x == rank).count() > 1;
                lines.add(p.t(tied ? "ranking.tie" : "ranking.row", rank, c.year(), p.number(c.value())));
            }
        }
        return lines;
    }

    static List<String> changes(Result.Changes r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Step s : r.steps()) {
            lines.add(step(s, p));
        }
        if (r.sum()) {
            for (List<Cell> from : CellsText.group(r.steps().stream().map(Result.Step::from).toList(), Cell::measure).values()) {
                List<Cell> to = r.steps().stream().map(Result.Step::to).filter(c -> c.measure().equals(from.get(0).measure())).toList();
                int a = from.stream().mapToInt(Cell::value).sum();
                int b = to.stream().mapToInt(Cell::value).sum();
                Double pct = a == 0 ? null : 100.0 * (b - a) / a;
                lines.add(p.named("change.sum", "measure", p.measure(from.get(0).measure()), "from", p.number(a),
                        "fromYear", from.get(0).year(), "to", p.number(b), "toYear", to.get(0).year(), "difference", p.signed(b - a),
                        "percent", p.signedPercent(pct)));
            }
        }
        return lines;
    }

    private static String step(Result.Step s, Phrases p) {
        Cell a = s.from();
        Cell b = s.to();
        String key = s.percent() == null ? "change.noPercent" : "change";
        return p.named(key, "member", p.member(a.member()), "measure", p.measure(a.measure()), "from", p.number(a.value()), "fromYear", a.year(),
                "to", p.number(b.value()), "toYear", b.year(), "difference", p.signed(s.difference()), "percent", p.signedPercent(s.percent()));
    }

    static List<String> movers(Result.MoverLists r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Movers m : r.lists()) {
            if (m.steps().isEmpty()) {
                continue;
            }
            Result.Step first = m.steps().get(0);
            lines.add(p.named(m.rising() ? "movers.rising" : "movers.falling", "basis", p.t(m.relative() ? "movers.relative" : "movers.absolute"),
                    "plural", p.breakdown(m.breakdown(), true), "measure", p.measure(m.measure()), "from", first.from().year(),
                    "to", first.to().year()));
            int rank = 0;
            List<String> leaders = new ArrayList<>();
            for (int i = 0; i < m.steps().size(); i++) {
                Result.Step s = m.steps().get(i);
                boolean tiedWithPrevious = i > 0 && key(s, m.relative()) == key(m.steps().get(i - 1), m.relative());
                rank = tiedWithPrevious ? rank : i + 1;
                boolean tied = tiedWithPrevious || (i + 1 < m.steps().size() && key(s, m.relative()) == key(m.steps().get(i + 1), m.relative()));
                String row = p.t("movers.row", rank, p.member(s.to().member()), p.number(s.from().value()), p.number(s.to().value()),
                        p.signed(s.difference()), p.signedPercent(s.percent()));
                lines.add(tied ? row + " " + p.t("tied") : row);
                if (rank == 1) {
                    leaders.add(p.member(s.to().member()));
                }
            }
            lines.add(p.t("movers.leader", p.list(leaders), p.signed(first.difference()), p.signedPercent(first.percent())));
        }
        return lines;
    }

    private static double key(Result.Step s, boolean relative) {
        return relative ? s.percent() : s.difference();
    }

    static List<String> shares(Result.Shares r, Phrases p) {
        List<String> lines = new ArrayList<>();
        if (r.parts().isEmpty()) {
            return lines;
        }
        Cell first = r.parts().get(0).part();
        String partMeasure = first.measure();
        String wholeMeasure = r.parts().get(0).whole().measure();
        if (r.ranked()) {
            lines.add(p.named("conversion.ranked", "plural", p.breakdown(first.breakdown(), true), "part", p.measure(partMeasure),
                    "whole", p.measure(wholeMeasure), "year", first.year()));
        }
        for (Result.Part part : r.parts()) {
            Cell a = part.part();
            Cell w = part.whole();
            String pct = part.percent() == null ? "-" : p.percent(part.percent());
            if (r.conversion()) {
                lines.add(p.named("conversion", "member", p.member(a.member()), "part", p.number(a.value()), "partDescription", p.description(a.measure()),
                        "whole", p.number(w.value()), "wholeDescription", p.description(w.measure()), "year", a.year(), "percent", pct));
            } else {
                lines.add(p.named("share", "member", p.member(a.member()), "value", p.number(a.value()), "whole", p.number(w.value()),
                        "measure", p.measure(a.measure()), "year", a.year(), "percent", pct));
            }
        }
        if (r.conversion() && r.sum() && r.parts().size() > 1) {
            int part = r.parts().stream().mapToInt(x -> x.part().value()).sum();
            int whole = r.parts().stream().mapToInt(x -> x.whole().value()).sum();
            lines.add(p.named("conversion.sum", "part", p.number(part), "partDescription", p.description(partMeasure),
                    "whole", p.number(whole), "wholeDescription", p.description(wholeMeasure), "year", first.year(),
                    "percent", whole == 0 ? "-" : p.percent(100.0 * part / whole)));
        }
        // a conversion rate's why (the gap the minister points to) is the data's: the scopes of his passages
        if (!r.conversion() && r.parts().stream().mapToDouble(x -> x.percent() == null ? 0 : x.percent()).sum() > 100.0 && first.table().overlaps()) {
            lines.add(p.named("share.sum", "breakdown", p.breakdown(first.breakdown(), false), "unit", p.unit(partMeasure)));
        }
        return lines;
    }
}
