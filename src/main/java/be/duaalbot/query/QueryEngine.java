package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Measure;
import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fourth stage: answers a query from the tables. It only reads cells and computes from them
 * (differences, percentages, orderings); what it cannot find becomes a gap, and a result with
 * no figure at all becomes {@link Result.NoData}.
 */
public final class QueryEngine {
    private final Dataset data;
    private final Ranker ranker = new Ranker();

    public QueryEngine(Dataset data) {
        this.data = data;
    }

    public Result run(Query query) {
        CellFinder finder = new CellFinder(data);
        Result result;
        if (query instanceof Query.Lookup q) {
            result = lookup(q, finder);
        } else if (query instanceof Query.Ranking q) {
            result = ranking(q, finder);
        } else if (query instanceof Query.Change q) {
            result = change(q, finder);
        } else if (query instanceof Query.Movers q) {
            result = movers(q, finder);
        } else if (query instanceof Query.Share q) {
            result = share(q, finder);
        } else if (query instanceof Query.Conversion q) {
            result = conversion(q, finder);
        } else if (query instanceof Query.Explain q) {
            return data.topics().stream().filter(t -> t.id().equals(q.topic())).findFirst()
                    .<Result>map(Result.Explanation::new).orElse(new Result.NotUnderstood());
        } else if (query instanceof Query.Outside q) {
            return new Result.NoData(List.of(Gap.of(Gap.Kind.OUTSIDE, String.join(", ", q.names()))));
        } else {
            return new Result.NotUnderstood();
        }
        return isEmpty(result) ? new Result.NoData(result.gaps()) : result;
    }

    private Result lookup(Query.Lookup q, CellFinder finder) {
        List<Cell> cells = new ArrayList<>();
        for (String member : q.members()) {
            for (String measure : q.measures()) {
                for (String year : q.years()) {
                    finder.cell(measure, member, year).ifPresent(cells::add);
                }
            }
        }
        return new Result.Cells(cells, q.compare(), finder.gaps());
    }

    private Result ranking(Query.Ranking q, CellFinder finder) {
        List<Result.Ranking> rankings = new ArrayList<>();
        for (String measure : q.measures()) {
            Optional<Table> table = finder.table(measure, q.breakdown());
            if (table.isPresent() && finder.hasYear(table.get(), q.year())) {
                List<String> outside = q.within().stream().filter(m -> !table.get().hasRow(m)).toList();
                if (!outside.isEmpty()) {
                    finder.gap(Gap.of(Gap.Kind.CROSS, measure, q.breakdown(), outside.get(0)));
                    continue;
                }
                rankings.add(ranker.rank(table.get(), q.year(), q.count(), q.top(), q.within()));
            }
        }
        return new Result.Rankings(rankings, finder.gaps());
    }

    private Result change(Query.Change q, CellFinder finder) {
        List<Result.Step> steps = new ArrayList<>();
        for (String member : q.members()) {
            for (String measure : q.measures()) {
                Optional<Cell> from = finder.cell(measure, member, q.from());
                Optional<Cell> to = finder.cell(measure, member, q.to());
                if (from.isPresent() && to.isPresent()) {
                    steps.add(new Result.Step(from.get(), to.get()));
                }
            }
        }
        return new Result.Changes(steps, finder.gaps());
    }

    private Result movers(Query.Movers q, CellFinder finder) {
        List<Result.Movers> lists = new ArrayList<>();
        for (String measure : q.measures()) {
            Optional<Table> table = finder.table(measure, q.breakdown());
            if (table.isPresent() && finder.hasYear(table.get(), q.from()) && finder.hasYear(table.get(), q.to())) {
                List<Result.Step> steps = ranker.movers(table.get(), q.from(), q.to(), q.count(), q.rising(), q.relative(), q.strict());
                if (steps.isEmpty()) {
                    finder.gap(Gap.of(Gap.Kind.NO_MOVERS, measure, q.breakdown(), q.from(), q.to(), q.rising() ? "rise" : "fall"));
                }
                lists.add(new Result.Movers(measure, q.breakdown(), q.rising(), q.relative(), steps));
            }
        }
        return new Result.MoverLists(lists, finder.gaps());
    }

    private Result share(Query.Share q, CellFinder finder) {
        List<Result.Part> parts = new ArrayList<>();
        for (String measure : q.measures()) {
            Optional<Cell> total = finder.total(measure, q.year());
            for (String member : q.members()) {
                Optional<Cell> part = finder.cell(measure, member, q.year());
                if (part.isPresent() && total.isPresent()) {
                    parts.add(new Result.Part(part.get(), total.get()));
                }
            }
        }
        return new Result.Shares(parts, false, finder.gaps());
    }

    private Result conversion(Query.Conversion q, CellFinder finder) {
        List<Result.Part> parts = new ArrayList<>();
        for (Measure measure : data.measures().values()) {
            if (measure.subsetOf().isEmpty()) {
                continue;
            }
            for (String member : q.members()) {
                Optional<Cell> part = finder.cell(measure.id(), member, q.year());
                Optional<Cell> whole = finder.cell(measure.subsetOf(), member, q.year());
                if (part.isPresent() && whole.isPresent()) {
                    parts.add(new Result.Part(part.get(), whole.get()));
                }
            }
        }
        return new Result.Shares(parts, true, finder.gaps());
    }

    private static boolean isEmpty(Result r) {
        if (r instanceof Result.Cells c) {
            return c.cells().isEmpty();
        }
        if (r instanceof Result.Rankings c) {
            return c.rankings().stream().allMatch(x -> x.rows().isEmpty());
        }
        if (r instanceof Result.Changes c) {
            return c.steps().isEmpty();
        }
        if (r instanceof Result.MoverLists c) {
            return c.lists().stream().allMatch(x -> x.steps().isEmpty());
        }
        return r instanceof Result.Shares c && c.parts().isEmpty();
    }
}
