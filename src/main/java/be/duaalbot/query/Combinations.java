package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Measure;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the measures of a look-up may be set against each other or added up, as the data's
 * measures declare ({@code comparableWith}, {@code summableWith}): pupils are never subtracted
 * from companies. A comparison or sum that would cross them is refused as a gap, and the figures
 * are given side by side.
 */
final class Combinations {
    private Combinations() {
    }

    static List<Gap> refused(Query.Lookup q, Dataset data) {
        List<Measure> measures = q.measures().stream().map(data.measures()::get).filter(java.util.Objects::nonNull).toList();
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (int j = i + 1; j < measures.size(); j++) {
                Measure a = measures.get(i);
                Measure b = measures.get(j);
                if (q.combine() == Query.Combine.COMPARE && !a.comparesWith(b)) {
                    gaps.add(Gap.of(Gap.Kind.UNITS, "compare", a.id(), b.id()));
                } else if (q.combine() == Query.Combine.SUM && acrossMeasures(q) && !a.sumsWith(b)) {
                    gaps.add(Gap.of(Gap.Kind.UNITS, "sum", a.id(), b.id()));
                }
            }
        }
        return gaps;
    }

    /** A sum with nothing to add within one measure (one member, or parts of one each) can only mean across measures. */
    private static boolean acrossMeasures(Query.Lookup q) {
        boolean oneEach = q.parts().isEmpty() ? q.members().size() == 1 : q.parts().stream().allMatch(p -> p.size() == 1) && q.parts().size() == 1;
        return oneEach;
    }
}
