package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The operations each kind of query does, so that one the question asks and the query does not
 * is caught before anything is computed: "gemiddelde groei" read as a growth would answer a
 * different question. Replies without figures (no data, small talk) do every operation: they
 * compute nothing that could be taken for the answer.
 */
final class Operations implements Query.Visitor<Set<Operation>> {
    private final Dataset data;

    Operations(Dataset data) {
        this.data = data;
    }

    /** The query, or {@link Query.Unsupported} naming the first operation asked that it does not do. */
    Query check(Query query, Entities e) {
        Set<Operation> done = query.accept(this);
        return Operation.asked(e).stream().filter(op -> !done.contains(op)).findFirst()
                .<Query>map(op -> new Query.Unsupported(op, query, e.measures(), e.unknown())).orElse(query);
    }

    /** Rows left out are out of a list of rows; a total as it stands still holds them ("Vlaanderen zonder Brussel"). */
    private Set<Operation> excluding(Set<Operation> ops, List<String> members) {
        if (members.stream().noneMatch(data::isTotal)) {
            ops.add(Operation.EXCLUDE);
        }
        return ops;
    }

    /** The Flemish total is a sum of its own: "increase in total agreements" asks nothing more of it. */
    private Set<Operation> totals(Set<Operation> ops, List<String> members) {
        if (!members.isEmpty() && members.stream().allMatch(data::isTotal)) {
            ops.add(Operation.SUM);
        }
        return ops;
    }

    private static Set<Operation> of(Operation... ops) {
        return EnumSet.of(Operation.INCLUDE, ops);
    }

    private static Set<Operation> years(Set<Operation> ops, List<String> years) {
        if (years.size() >= 2) {
            ops.add(Operation.EACH_YEAR);
            ops.add(Operation.OVER_YEARS);
        }
        return ops;
    }

    @Override
    public Set<Operation> lookup(Query.Lookup q) {
        Set<Operation> ops = of(Operation.INCLUDE);
        boolean totals = !q.members().isEmpty() && q.members().stream().allMatch(data::isTotal);
        // a total is a sum ("hoeveel bedrijven in totaal"); a total less rows is a sum and a difference
        if (q.combine() == Query.Combine.SUM || totals) {
            ops.add(Operation.SUM);
        }
        if (q.combine() == Query.Combine.COMPARE || q.combine() == Query.Combine.SUM && q.parts().size() == 2 || !q.minus().isEmpty()) {
            ops.add(Operation.DIFFERENCE);
        }
        if (q.combine() == Query.Combine.COMPARE || q.years().size() >= 2) {
            ops.add(Operation.PERCENTAGE); // "x% meer A dan B": the one against the other; over years, the trend's percentage
        }
        // rows left out are out of a list of rows, or taken off a total; a total as it stands still holds them
        if (!q.minus().isEmpty() || q.members().stream().noneMatch(data::isTotal)) {
            ops.add(Operation.EXCLUDE);
        }
        return years(ops, q.years());
    }

    @Override
    public Set<Operation> ranking(Query.Ranking q) {
        return of(q.ascending() ? Operation.ASCENDING : Operation.DESCENDING, Operation.EXCLUDE);
    }

    @Override
    public Set<Operation> years(Query.YearRanking q) {
        Set<Operation> ops = of(q.top() ? Operation.DESCENDING : Operation.ASCENDING, Operation.EACH_YEAR, Operation.OVER_YEARS);
        if (q.change()) {
            ops.add(Operation.DIFFERENCE);
            ops.add(Operation.PERCENTAGE);
        }
        return totals(ops, q.members());
    }

    @Override
    public Set<Operation> change(Query.Change q) {
        Set<Operation> ops = of(Operation.DIFFERENCE, Operation.PERCENTAGE, Operation.OVER_YEARS);
        if (q.sum()) {
            ops.add(Operation.SUM);
        }
        return totals(ops, q.members());
    }

    @Override
    public Set<Operation> movers(Query.Movers q) {
        return of(Operation.DESCENDING, Operation.DIFFERENCE, Operation.PERCENTAGE, Operation.OVER_YEARS); // the largest movement first
    }

    @Override
    public Set<Operation> share(Query.Share q) {
        return excluding(of(Operation.PERCENTAGE), q.members());
    }

    @Override
    public Set<Operation> conversion(Query.Conversion q) {
        Set<Operation> ops = excluding(of(Operation.PERCENTAGE), q.members());
        if (q.sum()) {
            ops.add(Operation.SUM);
        }
        if (q.count() > 0) {
            ops.add(q.top() ? Operation.DESCENDING : Operation.ASCENDING);
        }
        return ops;
    }

    /**
     * A ratio also says the difference; each year of several its own ratio; a side may be a group
     * added up. "verhouding", "ratio" are percentage words too: how many times is that proportion.
     */
    @Override
    public Set<Operation> ratio(Query.Ratio q) {
        Set<Operation> ops = of(Operation.RATIO, Operation.DIFFERENCE, Operation.PERCENTAGE, Operation.EXCLUDE);
        if (q.sides().stream().anyMatch(side -> side.size() > 1)) {
            ops.add(Operation.SUM);
        }
        totals(ops, q.sides().stream().flatMap(List::stream).toList());
        return q.between() == Query.Between.YEARS ? ops : years(ops, q.years());
    }

    /** An average is said with the sum it divides; over years, it covers each year and their course. */
    @Override
    public Set<Operation> average(Query.Average q) {
        Set<Operation> ops = of(Operation.AVERAGE, Operation.SUM, Operation.EXCLUDE);
        if (q.overYears()) {
            ops.add(Operation.EACH_YEAR);
            ops.add(Operation.OVER_YEARS);
        }
        return q.overYears() ? ops : years(ops, q.years());
    }

    /** The minister's words compute nothing: "hoe lang duurt een overeenkomst gemiddeld" is not answered by a definition. */
    @Override
    public Set<Operation> explain(Query.Explain q) {
        return EnumSet.complementOf(EnumSet.of(Operation.AVERAGE, Operation.RATIO));
    }

    @Override
    public Set<Operation> outside(Query.Outside q) {
        return EnumSet.allOf(Operation.class);
    }

    @Override
    public Set<Operation> crossing(Query.Crossing q) {
        return EnumSet.allOf(Operation.class);
    }

    @Override
    public Set<Operation> unknown(Query.Unknown q) {
        return EnumSet.allOf(Operation.class);
    }

    @Override
    public Set<Operation> unsupported(Query.Unsupported q) {
        return EnumSet.allOf(Operation.class);
    }

    @Override
    public Set<Operation> smallTalk(Query.SmallTalk q) {
        return EnumSet.allOf(Operation.class);
    }

    @Override
    public Set<Operation> notUnderstood(Query.NotUnderstood q) {
        return EnumSet.allOf(Operation.class);
    }
}
