package be.duaalbot.query;

import be.duaalbot.data.Topic;
import java.util.List;

/**
 * What the engine found for a query. Every number in it is a cell or computed from cells
 * held beside it; gaps say what was asked but is not in the data. Code that treats every kind
 * goes through {@link Visitor}, so a new kind cannot be forgotten.
 */
public sealed interface Result {

    List<Gap> gaps();

    <R> R accept(Visitor<R> v);

    /** One visit per kind of result; no default, so a forgotten kind is a compile error. */
    interface Visitor<R> {
        R cells(Cells r);

        R rankings(Rankings r);

        R years(YearRanks r);

        R changes(Changes r);

        R movers(MoverLists r);

        R shares(Shares r);

        R ratios(Ratios r);

        R averages(Averages r);

        R explanation(Explanation r);

        R clarify(Clarify r);

        R smallTalk(SmallTalk r);

        R noData(NoData r);

        R notUnderstood(NotUnderstood r);
    }

    /** Cells as asked; with {@link Query.Combine#SUM}, {@code parts} say what to add up (see {@link Query.Lookup}). */
    /** ... and {@code minus} the cells of rows taken off a total ("zonder Brussel"). */
    record Cells(List<Cell> cells, Query.Combine combine, List<List<String>> parts, List<Cell> minus, List<Gap> gaps)
            implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.cells(this);
        }
    }

    /**
     * One ranking per measure; {@code ranks} gives each row's place, equal for ties; {@code apart}
     * are rows said beside the ranking (Brussels beside the provinces).
     */
    record Ranking(String measure, String breakdown, String year, boolean top, List<Cell> rows, List<Integer> ranks,
                   List<Cell> apart, boolean apartMayLead) {
        /** True when the rows are shown the other way round from their ranks ("top 3, laagste eerst"). */
        public boolean reversed() {
            return ranks.size() > 1 && ranks.get(0) > ranks.get(ranks.size() - 1);
        }

        /**
         * True when a row said apart goes beyond the first of the ranking (Brussels has fewer than any
         * province) and the question did not count the rows it wants ("welke van de vijf provincies").
         */
        public boolean apartLeads() {
            if (!apartMayLead || apart.isEmpty() || rows.isEmpty()) {
                return false;
            }
            int first = reversed() ? rows.get(rows.size() - 1).value() : rows.get(0).value();
            return apart.stream().anyMatch(c -> top ? c.value() > first : c.value() < first);
        }
    }

    record Rankings(List<Ranking> rankings, List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.rankings(this);
        }
    }

    /** The years of one member and measure, best (or worst) first; {@code ranks} equal for ties. */
    record YearOrder(String measure, String member, boolean top, List<Cell> years, List<Integer> ranks) { }

    record YearRanks(List<YearOrder> orders, List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.years(this);
        }
    }

    /** A measure of one member in two years. */
    record Step(Cell from, Cell to) {
        public int difference() {
            return to.value() - from.value();
        }

        /** The change in per cent of the first figure, or null when that is zero. */
        public Double percent() {
            return from.value() == 0 ? null : 100.0 * difference() / from.value();
        }
    }

    /** Steps per member and measure; {@code sum} asks for the change of their sum too. */
    record Changes(List<Step> steps, boolean sum, List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.changes(this);
        }
    }

    record Movers(String measure, String breakdown, boolean rising, boolean relative, List<Step> steps) { }

    record MoverLists(List<Movers> lists, List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.movers(this);
        }
    }

    /** A part and the whole it is a part of: a member and the total, or agreements and recognitions. */
    record Part(Cell part, Cell whole) {
        public Double percent() {
            return whole.value() == 0 ? null : 100.0 * part.value() / whole.value();
        }
    }

    /**
     * Parts in the order to say them; {@code ranked} when they were ordered by their percentage,
     * {@code sum} when the percentage of the parts added up is asked too.
     */
    record Shares(List<Part> parts, boolean conversion, boolean ranked, boolean sum, List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.shares(this);
        }
    }

    /** Cells added up on each side of a ratio: one cell, or the rows of a group. */
    record Quotient(List<Cell> over, List<Cell> under) {
        public int overValue() {
            return over.stream().mapToInt(Cell::value).sum();
        }

        public int underValue() {
            return under.stream().mapToInt(Cell::value).sum();
        }

        /** How many times the first is the second, or null when the second is zero. */
        public Double value() {
            return underValue() == 0 ? null : (double) overValue() / underValue();
        }
    }

    record Ratios(List<Quotient> quotients, List<Gap> gaps) implements Result {
        /** Every cell of both sides of every ratio, in order. */
        public List<Cell> cells() {
            List<Cell> out = new java.util.ArrayList<>();
            quotients.forEach(q -> {
                out.addAll(q.over());
                out.addAll(q.under());
            });
            return out;
        }

        public <R> R accept(Visitor<R> v) {
            return v.ratios(this);
        }
    }

    /** The cells averaged, and rows left out of them (said, not averaged). */
    record Mean(List<Cell> cells, boolean overYears, List<Cell> leftOut) {
        public int sum() {
            return cells.stream().mapToInt(Cell::value).sum();
        }

        public double value() {
            return (double) sum() / cells.size();
        }
    }

    record Averages(List<Mean> means, List<Gap> gaps) implements Result {
        /** Every cell averaged, and with {@code leftOut} the rows said beside them too. */
        public List<Cell> cells(boolean leftOut) {
            List<Cell> out = new java.util.ArrayList<>();
            means.forEach(m -> {
                out.addAll(m.cells());
                out.addAll(leftOut ? m.leftOut() : List.of());
            });
            return out;
        }

        public <R> R accept(Visitor<R> v) {
            return v.averages(this);
        }
    }

    record Explanation(Topic topic) implements Result {
        public List<Gap> gaps() {
            return List.of();
        }

        public <R> R accept(Visitor<R> v) {
            return v.explanation(this);
        }
    }

    /** Words the bot could not map, with the members they may stand for: asked back, not answered. */
    record Clarify(List<String> words, List<String> near) implements Result {
        public List<Gap> gaps() {
            return List.of();
        }

        public <R> R accept(Visitor<R> v) {
            return v.clarify(this);
        }
    }

    record SmallTalk(Query.Chat kind) implements Result {
        public List<Gap> gaps() {
            return List.of();
        }

        public <R> R accept(Visitor<R> v) {
            return v.smallTalk(this);
        }
    }

    record NoData(List<Gap> gaps) implements Result {
        public <R> R accept(Visitor<R> v) {
            return v.noData(this);
        }
    }

    record NotUnderstood() implements Result {
        public List<Gap> gaps() {
            return List.of();
        }

        public <R> R accept(Visitor<R> v) {
            return v.notUnderstood(this);
        }
    }
}
