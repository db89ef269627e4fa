package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The average as one unit of the query side: how a question becomes a {@link Query.Average} and
 * how the engine finds the cells to average. Its words are in {@code answer.AverageText}; an
 * average the tables cannot give (of one company, of a growth) is read as {@link Query.Unsupported}.
 */
final class AverageKind {
    private AverageKind() {
    }

    /**
     * Over members when a breakdown or several members are named ({@code plain} then holds those rows,
     * in each year asked, else the newest); over the years of one member (or the total) when years
     * are asked for ("per jaar", "over de jaren", two or more years). Anything else, and an average
     * of one company ("hoeveel ovk sluit een garage gemiddeld af"), is an average the tables cannot give.
     */
    static Query build(Slots s, Entities e, Query.Lookup plain, boolean overMembers, List<String> leftOut) {
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

    /** Per measure and year the mean over the members, or per measure and member the mean over the years. */
    static Result run(Query.Average q, CellFinder finder) {
        List<Result.Mean> means = new ArrayList<>();
        for (String measure : q.measures()) {
            if (q.overYears()) {
                q.members().forEach(m -> mean(found(finder, measure, List.of(m), q.years()), List.of(), true).ifPresent(means::add));
            } else {
                for (String year : q.years()) {
                    List<Cell> apart = found(finder, measure, q.leftOut(), List.of(year));
                    mean(found(finder, measure, q.members(), List.of(year)), apart, false).ifPresent(means::add);
                }
            }
        }
        return new Result.Averages(means, finder.gaps());
    }

    private static Optional<Result.Mean> mean(List<Cell> cells, List<Cell> leftOut, boolean overYears) {
        return cells.size() < 2 ? Optional.empty() : Optional.of(new Result.Mean(cells, overYears, leftOut));
    }

    /** The cells there are: a row a table lacks (Textielverzorging has no agreements) is a gap, said beside the mean. */
    private static List<Cell> found(CellFinder finder, String measure, List<String> members, List<String> years) {
        List<Cell> out = new ArrayList<>();
        members.forEach(m -> years.forEach(y -> finder.cell(measure, m, y).ifPresent(out::add)));
        return out;
    }
}
