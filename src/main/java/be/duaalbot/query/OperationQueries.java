package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries that compute across cells: a ratio and an average. Each needs two things to set
 * against each other, or several to average; a question that names too little for that is not
 * given another computation instead but read as {@link Query.Unsupported}, with the plain look-up
 * it would otherwise be.
 */
final class OperationQueries {
    private OperationQueries() {
    }

    /**
     * Two measures named: the first over the second, per member and year; else two members or
     * groups: the first over each other; else two years: the one asked about over the other (in the
     * order written when they are set against each other, "2022-2023 vs 2019-2020"; else the later
     * over the earlier, "hoeveel keer groter werd het sinds 2019-2020").
     */
    static Query ratio(Slots s, Entities e, Query.Lookup plain) {
        List<List<String>> each = plain.members().stream().map(List::of).toList();
        if (s.measures().size() >= 2) {
            return new Query.Ratio(Query.Between.MEASURES, s.measures().subList(0, 2), each, plain.years());
        }
        List<List<String>> sides = s.parts().size() >= 2 ? s.parts() : each;
        if (sides.size() >= 2) {
            return new Query.Ratio(Query.Between.MEMBERS, plain.measures(), sides, plain.years());
        }
        // two years named, or a growth over the whole span ("hoeveel keer is het gegroeid"); no year at all sets nothing against anything
        boolean twoYears = s.years().size() >= 2 || plain.years().size() >= 2 && (e.has(Role.RISE) || e.has(Role.SINCE) || s.yearRange());
        if (twoYears) {
            List<String> years = new ArrayList<>(s.years().size() == 2 && e.has(Role.COMPARE) ? s.years() : plain.years());
            if (!(s.years().size() == 2 && e.has(Role.COMPARE))) {
                java.util.Collections.reverse(years); // the later year over the earlier: how many times it grew
            }
            return new Query.Ratio(Query.Between.YEARS, plain.measures(), each, List.of(years.get(0), years.get(years.size() - 1)));
        }
        return new Query.Unsupported(Operation.RATIO, plain, s.measures(), e.unknown());
    }

    /**
     * Over members when a breakdown or several members are named ({@code plain} then holds those rows,
     * in each year asked, else the newest); over the years of one member (or the total) when years
     * are asked for ("per jaar", "over de jaren", two or more years). Anything else, and an average
     * of one company ("hoeveel ovk sluit een garage gemiddeld af"), is an average the tables cannot give.
     */
    static Query average(Slots s, Entities e, Query.Lookup plain, boolean overMembers, List<String> leftOut) {
        if (e.has(Role.PER_UNIT)) {
            return new Query.Unsupported(Operation.AVERAGE, plain, s.measures(), e.unknown()); // "een garage gemiddeld": per company
        }
        if (overMembers) {
            return new Query.Average(plain.measures(), plain.members(), plain.years(), false, leftOut);
        }
        boolean yearsAsked = s.years().size() >= 2 || plain.years().size() >= 2
                && (e.has(Role.ALL_YEARS) || e.has(Role.TREND) || e.has(Role.SINCE) || s.yearRange());
        if (yearsAsked) {
            return new Query.Average(plain.measures(), plain.members(), plain.years(), true, List.of());
        }
        return new Query.Unsupported(Operation.AVERAGE, plain, s.measures(), e.unknown());
    }
}
