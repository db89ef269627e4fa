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
                ranking.apart().forEach(c -> lines.add(p.t(ranking.top() ? "ranking.apartMost" : "ranking.apartFewest", c.member(),
                        p.breakdown(ranking.breakdown(), false), p.number(c.value()), p.measure(c.measure()), c.year())));
            }
            String head = p.t(ranking.top() ? "ranking.top" : "ranking.bottom", ranking.rows().size(),
                    p.breakdown(ranking.breakdown(), ranking.rows().size() != 1), p.measure(ranking.measure()), ranking.year());
            String order = " (" + p.t(ranking.top() ? "kind.ascending" : "kind.descending") + "):";
            lines.add(ranking.reversed() ? head.replaceFirst(":$", order) : head);
            for (int i = 0; i < ranking.rows().size(); i++) {
                Cell c = ranking.rows().get(i);
                int rank = ranking.ranks().get(i);
                boolean tied = ranking.ranks().stream().filter(x -> x == rank).count() > 1;
                lines.add(p.t(tied ? "ranking.tie" : "ranking.row", rank, c.member(), p.number(c.value())));
            }
        }
        for (Result.Ranking ranking : r.rankings()) {
            for (Cell c : ranking.apartLeads() ? List.<Cell>of() : ranking.apart()) {
                lines.add(p.t("ranking.apart", c.member(), p.breakdown(ranking.breakdown(), false), p.number(c.value()),
                        p.measure(c.measure()), c.year()));
            }
        }
        if (!r.rankings().isEmpty()) {
            lines.add(p.t("ranking.note", p.breakdown(r.rankings().get(0).breakdown(), false), p.unit(r.rankings().get(0).measure())));
        }
        return lines;
    }

    /** The years of a member, best (or worst) first, ties said as ties. */
    static List<String> years(Result.YearRanks r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.YearOrder order : r.orders()) {
            Cell best = order.years().get(0);
            lines.add(p.t(order.top() ? "years.top" : "years.bottom", best.member(), p.measure(best.measure()), best.year(),
                    p.number(best.value())));
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
                lines.add(p.t("change.sum", p.measure(from.get(0).measure()), p.number(a), from.get(0).year(), p.number(b),
                        to.get(0).year(), p.signed(b - a), p.signedPercent(pct)));
            }
        }
        return lines;
    }

    private static String step(Result.Step s, Phrases p) {
        Cell a = s.from();
        Cell b = s.to();
        String key = s.percent() == null ? "change.noPercent" : "change";
        return p.t(key, a.member(), p.measure(a.measure()), p.number(a.value()), a.year(), p.number(b.value()), b.year(),
                p.signed(s.difference()), p.signedPercent(s.percent()));
    }

    static List<String> movers(Result.MoverLists r, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Result.Movers m : r.lists()) {
            if (m.steps().isEmpty()) {
                continue;
            }
            Result.Step first = m.steps().get(0);
            lines.add(p.t(m.rising() ? "movers.rising" : "movers.falling", p.t(m.relative() ? "movers.relative" : "movers.absolute"),
                    p.breakdown(m.breakdown(), true), p.measure(m.measure()), first.from().year(), first.to().year()));
            int rank = 0;
            List<String> leaders = new ArrayList<>();
            for (int i = 0; i < m.steps().size(); i++) {
                Result.Step s = m.steps().get(i);
                boolean tiedWithPrevious = i > 0 && key(s, m.relative()) == key(m.steps().get(i - 1), m.relative());
                rank = tiedWithPrevious ? rank : i + 1;
                boolean tied = tiedWithPrevious || (i + 1 < m.steps().size() && key(s, m.relative()) == key(m.steps().get(i + 1), m.relative()));
                String row = p.t("movers.row", rank, s.to().member(), p.number(s.from().value()), p.number(s.to().value()),
                        p.signed(s.difference()), p.signedPercent(s.percent()));
                lines.add(tied ? row + " " + p.t("tied") : row);
                if (rank == 1) {
                    leaders.add(s.to().member());
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
        if (r.ranked() && !r.parts().isEmpty()) {
            Cell first = r.parts().get(0).part();
            lines.add(p.t("conversion.ranked", p.breakdown(first.breakdown(), true), first.year()));
        }
        for (Result.Part part : r.parts()) {
            Cell a = part.part();
            Cell w = part.whole();
            String pct = part.percent() == null ? "-" : p.percent(part.percent());
            if (r.conversion()) {
                lines.add(p.t("conversion", a.member(), p.number(a.value()), p.number(w.value()), a.year(), pct));
            } else {
                lines.add(p.t("share", a.member(), p.number(a.value()), p.number(w.value()), p.measure(a.measure()), a.year(), pct));
            }
        }
        if (r.conversion() && r.sum() && r.parts().size() > 1) {
            int part = r.parts().stream().mapToInt(x -> x.part().value()).sum();
            int whole = r.parts().stream().mapToInt(x -> x.whole().value()).sum();
            lines.add(p.t("conversion.sum", p.number(part), p.number(whole), r.parts().get(0).part().year(),
                    whole == 0 ? "-" : p.percent(100.0 * part / whole)));
        }
        if (r.conversion()) {
            lines.add(p.t("conversion.note"));
        } else if (r.parts().stream().mapToDouble(x -> x.percent() == null ? 0 : x.percent()).sum() > 100.0) {
            lines.add(p.t("share.sum", p.breakdown(r.parts().get(0).part().breakdown(), false), p.unit(r.parts().get(0).part().measure())));
        }
        return lines;
    }
}
