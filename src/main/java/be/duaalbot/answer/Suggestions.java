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
        List<String> out = new ArrayList<>();
        String latest = p.data().latestYear();
        if (query instanceof Query.Lookup q && !q.measures().isEmpty() && !q.members().isEmpty()) {
            String measure = p.measure(q.measures().get(0));
            String member = q.members().get(0);
            String year = q.years().get(q.years().size() - 1);
            if (q.years().size() == 1) {
                out.add(p.t("suggest.series", measure, member));
                previous(year, p).ifPresent(y -> out.add(p.t("suggest.previous", measure, member, y)));
            }
            out.add(p.t("suggest.top", measure, year));
        } else if (query instanceof Query.Ranking q && !q.measures().isEmpty()) {
            String measure = p.measure(q.measures().get(0));
            out.add(p.t("suggest.provinces", measure, q.year()));
            previous(q.year(), p).ifPresent(y -> out.add(p.t("suggest.top", measure, y)));
            out.add(p.t("suggest.why"));
        } else if (query instanceof Query.Change q && !q.measures().isEmpty() && !q.members().isEmpty()) {
            out.add(p.t("suggest.why"));
            out.add(p.t("suggest.series", p.measure(q.measures().get(0)), q.members().get(0)));
            out.add(p.t("suggest.top", p.measure(q.measures().get(0)), latest));
        } else if (query instanceof Query.Movers || query instanceof Query.Conversion || query instanceof Query.Share) {
            out.add(p.t("suggest.why"));
        }
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    private static java.util.Optional<String> previous(String year, Phrases p) {
        int at = p.data().schoolYears().indexOf(year);
        return at > 0 ? java.util.Optional.of(p.data().schoolYears().get(at - 1)) : java.util.Optional.empty();
    }
}
