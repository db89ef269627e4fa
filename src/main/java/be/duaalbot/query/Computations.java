package be.duaalbot.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's part for the computing kinds: the cells of each side of a ratio, and the cells an
 * average is taken over. It only finds cells; the quotient and the mean are computed from them
 * where they are said, so every number stays next to the cells it comes from.
 */
final class Computations {
    private final CellFinder finder;

    Computations(CellFinder finder) {
        this.finder = finder;
    }

    Result ratio(Query.Ratio q) {
        List<Result.Quotient> out = new ArrayList<>();
        switch (q.between()) {
            case MEASURES -> q.sides().forEach(side -> q.years().forEach(y ->
                    quotient(cells(q.measures().get(0), side, y), cells(q.measures().get(1), side, y)).ifPresent(out::add)));
            case MEMBERS -> q.measures().forEach(m -> q.years().forEach(y -> q.sides().subList(1, q.sides().size()).forEach(side ->
                    quotient(cells(m, q.sides().get(0), y), cells(m, side, y)).ifPresent(out::add))));
            case YEARS -> q.measures().forEach(m -> q.sides().forEach(side ->
                    quotient(cells(m, side, q.years().get(0)), cells(m, side, q.years().get(1))).ifPresent(out::add)));
        }
        return new Result.Ratios(out, finder.gaps());
    }

    /** Per measure and year the mean over the members, or per measure and member the mean over the years. */
    Result average(Query.Average q) {
        List<Result.Mean> means = new ArrayList<>();
        for (String measure : q.measures()) {
            if (q.overYears()) {
                q.members().forEach(m -> mean(found(measure, List.of(m), q.years()), List.of(), true).ifPresent(means::add));
            } else {
                for (String year : q.years()) {
                    List<Cell> apart = found(measure, q.leftOut(), List.of(year));
                    mean(found(measure, q.members(), List.of(year)), apart, false).ifPresent(means::add);
                }
            }
        }
        return new Result.Averages(means, finder.gaps());
    }

    private static Optional<Result.Mean> mean(List<Cell> cells, List<Cell> leftOut, boolean overYears) {
        return cells.size() < 2 ? Optional.empty() : Optional.of(new Result.Mean(cells, overYears, leftOut));
    }

    private Optional<Result.Quotient> quotient(List<Cell> over, List<Cell> under) {
        return over.isEmpty() || under.isEmpty() ? Optional.empty() : Optional.of(new Result.Quotient(over, under));
    }

    /** The cells of one side: every member of it in the year, or none when one is missing (a side is whole or not at all). */
    private List<Cell> cells(String measure, List<String> members, String year) {
        return cells(measure, members, List.of(year));
    }

    /** The cells there are: a row a table lacks (Textielverzorging has no agreements) is a gap, said beside the mean. */
    private List<Cell> found(String measure, List<String> members, List<String> years) {
        List<Cell> out = new ArrayList<>();
        members.forEach(m -> years.forEach(y -> finder.cell(measure, m, y).ifPresent(out::add)));
        return out;
    }

    private List<Cell> cells(String measure, List<String> members, List<String> years) {
        List<Cell> out = new ArrayList<>();
        for (String member : members) {
            for (String year : years) {
                Optional<Cell> cell = finder.cell(measure, member, year);
                if (cell.isEmpty()) {
                    return List.of();
                }
                out.add(cell.get());
            }
        }
        return out;
    }
}
