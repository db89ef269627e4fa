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
        Result result = query.accept(new Run(new CellFinder(data)));
        return result.accept(new Emptiness()) ? new Result.NoData(result.gaps()) : result;
    }

    /** One query, with the finder that collects its gaps. */
    private final class Run implements Query.Visitor<Result> {
        private final CellFinder finder;

        Run(CellFinder finder) {
            this.finder = finder;
        }

        @Override
        public Result lookup(Query.Lookup q) {
            Combinations.refused(q, data).forEach(finder::gap);
            List<Cell> cells = new ArrayList<>();
            for (String member : q.members()) {
                for (String measure : q.measures()) {
                    for (String year : q.years()) {
                        finder.cell(measure, member, year).ifPresent(cells::add);
                    }
                }
            }
            List<Cell> minus = new ArrayList<>();
            for (String member : q.minus()) {
                for (String measure : q.measures()) {
                    for (String year : q.years()) {
                        finder.cell(measure, member, year).ifPresent(minus::add);
                    }
                }
            }
            return new Result.Cells(cells, q.combine(), q.parts(), minus, finder.gaps());
        }

        @Override
        public Result ranking(Query.Ranking q) {
            List<Result.Ranking> rankings = new ArrayList<>();
            for (String measure : q.measures()) {
                Optional<Table> table = finder.table(measure, q.breakdown());
                if (table.isEmpty() || !finder.hasYear(table.get(), q.year())) {
                    continue;
                }
                // a row of another breakdown cannot be ranked here; one this table just lacks (Textielverzorging) is left out
                List<String> outside = q.within().stream()
                        .filter(m -> !data.breakdownOf(m).map(q.breakdown()::equals).orElse(false)).toList();
                if (!outside.isEmpty()) {
                    finder.gap(Gap.of(Gap.Kind.CROSS, measure, q.breakdown(), outside.get(0)));
                    continue;
                }
                rankings.add(ranker.rank(table.get(), q.year(), q.count(), q.top(), q.within(), q.apart(), q.apartMayLead()));
                finder.partial(table.get(), List.of(q.year()), q.within());
            }
            return new Result.Rankings(rankings, finder.gaps());
        }

        @Override
        public Result years(Query.YearRanking q) {
            if (q.change()) {
                return yearSteps(q);
            }
            List<Result.YearOrder> orders = new ArrayList<>();
            for (String member : q.members()) {
                for (String measure : q.measures()) {
                    if (finder.row(measure, member).isPresent()) { // over the years of its own table
                        orders.add(ranker.years(data.tableWith(measure, member).orElseThrow(), member, q.top()));
                    }
                }
            }
            return new Result.YearRanks(orders, finder.gaps());
        }

        /** Each year's change from the year before, largest growth (or fall) first. */
        private Result yearSteps(Query.YearRanking q) {
            List<Result.Step> steps = new ArrayList<>();
            for (String member : q.members()) {
                for (String measure : q.measures()) {
                    List<String> years = finder.row(measure, member).map(t -> t.yearsOf(member)).orElse(List.of());
                    for (int i = 1; i < years.size(); i++) {
                        Optional<Cell> from = finder.cell(measure, member, years.get(i - 1));
                        Optional<Cell> to = finder.cell(measure, member, years.get(i));
                        if (from.isPresent() && to.isPresent()) {
                            steps.add(new Result.Step(from.get(), to.get()));
                        }
                    }
                }
            }
            java.util.Comparator<Result.Step> by = java.util.Comparator.comparingInt(Result.Step::difference);
            steps.sort(q.top() ? by.reversed() : by);
            return new Result.Changes(steps, false, finder.gaps());
        }

        @Override
        public Result change(Query.Change q) {
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
            return new Result.Changes(steps, q.sum(), finder.gaps());
        }

        @Override
        public Result movers(Query.Movers q) {
            List<Result.Movers> lists = new ArrayList<>();
            for (String measure : q.measures()) {
                Optional<Table> table = finder.table(measure, q.breakdown());
                if (table.isPresent() && finder.hasYear(table.get(), q.from()) && finder.hasYear(table.get(), q.to())) {
                    List<Result.Step> steps = ranker.movers(table.get(), q.from(), q.to(), q.count(), q.rising(), q.relative(), q.strict());
                    finder.partial(table.get(), List.of(q.from(), q.to()), List.of());
                    if (steps.isEmpty()) {
                        finder.gap(Gap.of(Gap.Kind.NO_MOVERS, measure, q.breakdown(), q.from(), q.to(), q.rising() ? "rise" : "fall"));
                    }
                    lists.add(new Result.Movers(measure, q.breakdown(), q.rising(), q.relative(), steps));
                }
            }
            return new Result.MoverLists(lists, finder.gaps());
        }

        @Override
        public Result share(Query.Share q) {
            List<Result.Part> parts = new ArrayList<>();
            for (String measure : q.measures()) {
                Optional<Cell> total = finder.total(measure, q.year());
                for (String member : q.members()) {
                    if (data.isTotal(member)) {
                        finder.gap(Gap.of(Gap.Kind.ALL_COMPANIES, measure));
                        continue;
                    }
                    Optional<Cell> part = finder.cell(measure, member, q.year());
                    if (part.isPresent() && total.isPresent()) {
                        parts.add(new Result.Part(part.get(), total.get()));
                    }
                }
            }
            return new Result.Shares(parts, false, false, false, finder.gaps());
        }

        @Override
        public Result conversion(Query.Conversion q) {
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
            boolean ranked = q.count() > 0;
            return new Result.Shares(ranked ? ranker.parts(parts, q.count(), q.top()) : parts, true, ranked, q.sum(), finder.gaps());
        }

        @Override
        public Result explain(Query.Explain q) {
            return data.topics().stream().filter(t -> t.id().equals(q.topic())).findFirst()
                    .<Result>map(Result.Explanation::new).orElse(new Result.NotUnderstood());
        }

        @Override
        public Result outside(Query.Outside q) {
            List<Gap> gaps = new ArrayList<>();
            gaps.add(Gap.of(Gap.Kind.OUTSIDE, String.join(", ", q.names())));
            for (String m : q.measures()) {
                gaps.add(Gap.of(data.tablesOf(m).isEmpty() ? Gap.Kind.MEASURE : Gap.Kind.CAVEATS, m));
            }
            return new Result.NoData(gaps);
        }

        @Override
        public Result crossing(Query.Crossing q) {
            String a = q.members().get(0);
            if (q.breakdown() != null) {
                return new Result.NoData(List.of(Gap.of(Gap.Kind.SPLIT, a, q.breakdown())));
            }
            String b = q.members().stream().filter(m -> !data.breakdownOf(m).equals(data.breakdownOf(a))).findFirst().orElseThrow();
            return new Result.NoData(List.of(Gap.of(Gap.Kind.CROSSED, a, b)));
        }

        @Override
        public Result unknown(Query.Unknown q) {
            if (!q.near().isEmpty()) {
                return new Result.Clarify(q.words(), q.near());
            }
            return new Result.NoData(List.of(Gap.of(Gap.Kind.UNKNOWN, String.join(", ", q.words()))));
        }

        @Override
        public Result smallTalk(Query.SmallTalk q) {
            return new Result.SmallTalk(q.kind());
        }

        @Override
        public Result notUnderstood(Query.NotUnderstood q) {
            return new Result.NotUnderstood();
        }
    }
}
