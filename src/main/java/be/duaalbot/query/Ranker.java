package be.duaalbot.query;

import be.duaalbot.data.Row;
import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Orders the member rows of a table (never its total). A list cut at N keeps every row tied
 * with the N-th, and tied rows share a rank (1, 2, 2, 4), so that ties are said as ties.
 */
final class Ranker {

    /** The rows of {@code within} (all when empty) less those {@code apart}, which come back on their own. */
    Result.Ranking rank(Table table, String year, int count, boolean top, List<String> within, List<String> apart,
                        boolean apartMayLead, boolean ascending) {
        List<Cell> cells = new ArrayList<>();
        List<Cell> aside = new ArrayList<>();
        for (Row row : table.memberRows()) {
            if (table.value(row.label(), year).isEmpty()) {
                continue; // a member a newer source added has no cells for the years before
            }
            Cell cell = new Cell(table.measure(), row.label(), year, table.value(row.label(), year).getAsInt(), table);
            if (apart.contains(row.label())) {
                aside.add(cell);
            } else if (within.isEmpty() || within.contains(row.label())) {
                cells.add(cell);
            }
        }
        List<Cell> kept = new ArrayList<>(cut(order(cells, Cell::value, top), Cell::value, count));
        List<Integer> ranks = new ArrayList<>(ranks(kept, Cell::value));
        if (ascending == top) {
            // the order asked is the other way round: the same rows and ranks, shown from the other end
            java.util.Collections.reverse(kept);
            java.util.Collections.reverse(ranks);
        }
        return new Result.Ranking(table.measure(), table.breakdown(), year, top, kept, ranks, aside, apartMayLead);
    }

    /** The years of one row, ordered by value. */
    Result.YearOrder years(Table table, String member, boolean top) {
        List<Cell> cells = new ArrayList<>();
        for (String year : table.schoolYears()) {
            if (table.value(member, year).isEmpty()) {
                continue;
            }
            cells.add(new Cell(table.measure(), member, year, table.value(member, year).getAsInt(), table));
        }
        List<Cell> ordered = order(cells, Cell::value, top);
        return new Result.YearOrder(table.measure(), member, top, ordered, ranks(ordered, Cell::value));
    }

    /** Parts ordered by their percentage, cut at {@code count} with ties kept; parts without one go. */
    List<Result.Part> parts(List<Result.Part> parts, int count, boolean top) {
        List<Result.Part> known = parts.stream().filter(x -> x.percent() != null).toList();
        return cut(order(known, Result.Part::percent, top), Result.Part::percent, count);
    }

    List<Result.Step> movers(Table table, String from, String to, int count, boolean rising, boolean relative, boolean strict) {
        List<Result.Step> steps = new ArrayList<>();
        for (Row row : table.memberRows()) {
            if (table.value(row.label(), from).isEmpty() || table.value(row.label(), to).isEmpty()) {
                continue;
            }
            Cell a = new Cell(table.measure(), row.label(), from, table.value(row.label(), from).getAsInt(), table);
            Cell b = new Cell(table.measure(), row.label(), to, table.value(row.label(), to).getAsInt(), table);
            Result.Step step = new Result.Step(a, b);
            boolean rightWay = !strict || (rising ? step.difference() > 0 : step.difference() < 0);
            if (rightWay && (!relative || step.percent() != null)) {
                steps.add(step); // a riser grew, a faller fell: no others fill the list
            }
        }
        ToDoubleFunction<Result.Step> key = relative ? Result.Step::percent : Result.Step::difference;
        return cut(order(steps, key, rising), key, count);
    }

    List<Integer> ranks(List<Cell> cells, ToDoubleFunction<Cell> key) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            boolean tied = i > 0 && key.applyAsDouble(cells.get(i)) == key.applyAsDouble(cells.get(i - 1));
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }

    private static <T> List<T> order(List<T> items, ToDoubleFunction<T> key, boolean descending) {
        Comparator<T> by = Comparator.comparingDouble(key);
        return items.stream().sorted(descending ? by.reversed() : by).toList();
    }

    private static <T> List<T> cut(List<T> ordered, ToDoubleFunction<T> key, int count) {
        if (count >= ordered.size()) {
            return ordered;
        }
        double last = key.applyAsDouble(ordered.get(count - 1));
        int end = count;
        while (end < ordered.size() && key.applyAsDouble(ordered.get(end)) == last) {
            end++;
        }
        return ordered.subList(0, end);
    }
}
