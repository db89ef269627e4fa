package be.duaalbot.answer;

import be.duaalbot.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            String id = q.measures().get(0);
            String measure = p.measure(id);
            String member = q.members().get(0);
            String year = q.years().get(q.years().size() - 1);
            if (q.years().size() == 1) {
                out.add(p.named("suggest.series", "measure", measure, "member", member));
                p.data().tableWith(id, member).flatMap(t -> previous(t.yearsOf(member), year))
                        .ifPresent(y -> out.add(p.named("suggest.previous", "measure", measure, "member", member, "year", y)));
            }
            top(id, year, p).ifPresent(out::add);
            return out;
        }

        public List<String> ranking(Query.Ranking q) {
            List<String> out = new ArrayList<>();
            if (q.measures().isEmpty()) {
                return out;
            }
            String id = q.measures().get(0);
            yearOf(id, p.breakdownsBySize().get(p.breakdownsBySize().size() - 1), q.year(), p)
                    .ifPresent(y -> out.add(p.named("suggest.provinces", "measure", p.measure(id), "year", y)));
            p.data().table(id, q.breakdown()).flatMap(t -> previous(t.schoolYears(), q.year())).flatMap(y -> top(id, y, p)).ifPresent(out::add);
            out.add(p.t("suggest.why"));
            return out;
        }

        public List<String> years(Query.YearRanking q) {
            return q.measures().isEmpty() || q.members().isEmpty() ? List.of()
                    : List.of(p.named("suggest.series", "measure", p.measure(q.measures().get(0)), "member", q.members().get(0)), p.t("suggest.why"));
        }

        public List<String> change(Query.Change q) {
            if (q.measures().isEmpty() || q.members().isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>(List.of(p.t("suggest.why"),
                    p.named("suggest.series", "measure", p.measure(q.measures().get(0)), "member", q.members().get(0))));
            top(q.measures().get(0), q.to(), p).ifPresent(out::add);
            return out;
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

        public List<String> smallTalk(Query.SmallTalk q) {
            return List.of();
        }

        public List<String> notUnderstood(Query.NotUnderstood q) {
            return List.of();
        }
    }

    /** The year before {@code year} among a table's or row's own years. */
    private static Optional<String> previous(List<String> years, String year) {
        int at = years.indexOf(year);
        return at > 0 ? Optional.of(years.get(at - 1)) : Optional.empty();
    }

    /** "top 5 sectoren overeenkomsten 2022-2023": in that year when the ranked table has it, else in its newest. */
    private static Optional<String> top(String measure, String year, Phrases p) {
        return yearOf(measure, p.breakdownsBySize().get(0), year, p).map(y -> p.named("suggest.top", "measure", p.measure(measure), "year", y));
    }

    /** The year itself when the measure's table per breakdown has it, else that table's newest; none without a table. */
    private static Optional<String> yearOf(String measure, String breakdown, String year, Phrases p) {
        return p.data().table(measure, breakdown).map(t -> t.hasYear(year) ? year : t.schoolYears().get(t.schoolYears().size() - 1));
    }

}
