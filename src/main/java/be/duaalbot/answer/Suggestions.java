package be.duaalbot.answer;

import be.duaalbot.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or three useful next questions after an answer, in its language, for chat buttons:
 * the same figure per year, the leading sectors, the year before, or why.
 */
final class Suggestions {
    private static final int MAX = 3;

    private Suggestions() {
    }

    static List<String> after(Query query, Phrases p) {
        List<String> out = query.accept(new Next(p));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    /** The next questions per kind of query: none after a reply without figures. */
    private record Next(Phrases p) implements Query.Visitor<List<String>> {
        public List<String> lookup(Query.Lookup q) {
            List<String> out = new ArrayList<>();
            if (q.measures().isEmpty() || q.members().isEmpty()) {
                return out;
            }
            String measure = p.measure(q.measures().get(0));
            String member = q.members().get(0);
            String year = q.years().get(q.years().size() - 1);
            if (q.years().size() == 1) {
                out.add(p.t("suggest.series", measure, member));
                previous(year, p).ifPresent(y -> out.add(p.t("suggest.previous", measure, member, y)));
            }
            out.add(p.t("suggest.top", measure, year));
            return out;
        }

        public List<String> ranking(Query.Ranking q) {
            List<String> out = new ArrayList<>();
            if (q.measures().isEmpty()) {
                return out;
            }
            String measure = p.measure(q.measures().get(0));
            out.add(p.t("suggest.provinces", measure, q.year()));
            previous(q.year(), p).ifPresent(y -> out.add(p.t("suggest.top", measure, y)));
            out.add(p.t("suggest.why"));
            return out;
        }

        public List<String> years(Query.YearRanking q) {
            return q.measures().isEmpty() || q.members().isEmpty() ? List.of()
                    : List.of(p.t("suggest.series", p.measure(q.measures().get(0)), q.members().get(0)), p.t("suggest.why"));
        }

        public List<String> change(Query.Change q) {
            if (q.measures().isEmpty() || q.members().isEmpty()) {
                return List.of();
            }
            return List.of(p.t("suggest.why"), p.t("suggest.series", p.measure(q.measures().get(0)), q.members().get(0)),
                    p.t("suggest.top", p.measure(q.measures().get(0)), p.data().latestYear()));
        }

        public List<String> movers(Query.Movers q) {
            return List.of(p.t("suggest.why"));
        }

        public List<String> share(Query.Share q) {
            return List.of(p.t("suggest.why"));
        }

        public List<String> conversion(Query.Conversion q) {
            return List.of(p.t("suggest.why"));
        }

        public List<String> ratio(Query.Ratio q) {
            String member = q.sides().get(0).get(0);
            return List.of(p.t("suggest.series", p.measure(q.measures().get(0)), member), p.t("suggest.why"));
        }

        public List<String> average(Query.Average q) {
            return List.of(p.t("suggest.top", p.measure(q.measures().get(0)), q.years().get(q.years().size() - 1)), p.t("suggest.why"));
        }

        public List<String> explain(Query.Explain q) {
            return List.of();
        }

        public List<String> outside(Query.Outside q) {
            return List.of();
        }

        public List<String> crossing(Query.Crossing q) {
            return List.of();
        }

        public List<String> unknown(Query.Unknown q) {
            return List.of();
        }

        /** After an operation it cannot do, what it can: the next questions of the reading without it. */
        public List<String> unsupported(Query.Unsupported q) {
            return q.read().accept(this);
        }

        public List<String> smallTalk(Query.SmallTalk q) {
            return List.of();
        }

        public List<String> notUnderstood(Query.NotUnderstood q) {
            return List.of();
        }
    }

    private static java.util.Optional<String> previous(String year, Phrases p) {
        int at = p.data().schoolYears().indexOf(year);
        return at > 0 ? java.util.Optional.of(p.data().schoolYears().get(at - 1)) : java.util.Optional.empty();
    }
}
