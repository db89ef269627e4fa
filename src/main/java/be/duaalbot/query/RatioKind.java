package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ratio as one unit of the query side: how a question becomes a {@link Query.Ratio} and how
 * the engine finds its cells ("hoeveel keer meer erkende dan ovk-bedrijven"). Its words are in
 * {@code answer.RatioText}; a question that names too little to set two things against each
 * other is read as {@link Query.Unsupported}, never as another computation.
 */
final class RatioKind {
    private RatioKind() {
    }

    /**
     * Two measures named: the first over the second, per member and year; else two members or
     * groups: the first over each other; else two years: the one asked about over the other (in the
     * order written when they are set against each other, "2022-2023 vs 2019-2020"; else the later
     * over the earlier, "hoeveel keer is het gegroeid van 2019-2020 tot 2022-2023").
     */
    static Query build(Slots s, Entities e, Query.Lookup plain) {
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
            boolean asWritten = s.years().size() == 2 && e.has(Role.COMPARE);
            List<String> years = new ArrayList<>(asWritten ? s.years() : plain.years());
            if (!asWritten) {
                java.util.Collections.reverse(years); // the later year over the earlier: how many times it grew
            }
            return new Query.Ratio(Query.Between.YEARS, plain.measures(), each, List.of(years.get(0), years.get(years.size() - 1)));
        }
        return new Query.Unsupported(Operation.RATIO, plain, s.measures(), e.unknown());
    }

    /** The cells of both sides of each ratio; a side missing a cell is left out (a side is whole or not at all). */
    static Result run(Query.Ratio q, CellFinder finder) {
        List<Result.Quotient> out = new ArrayList<>();
        switch (q.between()) {
            case MEASURES -> q.sides().forEach(side -> q.years().forEach(y -> quotient(
                    side(finder, q.measures().get(0), side, y), side(finder, q.measures().get(1), side, y)).ifPresent(out::add)));
            case MEMBERS -> q.measures().forEach(m -> q.years().forEach(y -> q.sides().subList(1, q.sides().size()).forEach(side ->
                    quotient(side(finder, m, q.sides().get(0), y), side(finder, m, side, y)).ifPresent(out::add))));
            case YEARS -> q.measures().forEach(m -> q.sides().forEach(side -> quotient(
                    side(finder, m, side, q.years().get(0)), side(finder, m, side, q.years().get(1))).ifPresent(out::add)));
        }
        return new Result.Ratios(out, finder.gaps());
    }

    private static Optional<Result.Quotient> quotient(List<Cell> over, List<Cell> under) {
        return over.isEmpty() || under.isEmpty() ? Optional.empty() : Optional.of(new Result.Quotient(over, under));
    }

    private static List<Cell> side(CellFinder finder, String measure, List<String> members, String year) {
        List<Cell> out = new ArrayList<>();
        for (String member : members) {
            Optional<Cell> cell = finder.cell(measure, member, year);
            if (cell.isEmpty()) {
                return List.of();
            }
            out.add(cell.get());
        }
        return out;
    }
}
