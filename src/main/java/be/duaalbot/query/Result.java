package be.duaalbot.query;

import be.duaalbot.data.Topic;
import java.util.List;

/**
 * What the engine found for a query. Every number in it is a cell or computed from cells
 * held beside it; gaps say what was asked but is not in the data.
 */
public sealed interface Result {

    List<Gap> gaps();

    record Cells(List<Cell> cells, boolean compare, List<Gap> gaps) implements Result { }

    /** One ranking per measure; {@code ranks} gives each row's place, equal for ties. */
    record Ranking(String measure, String breakdown, String year, boolean top, List<Cell> rows, List<Integer> ranks) { }

    record Rankings(List<Ranking> rankings, List<Gap> gaps) implements Result { }

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

    record Changes(List<Step> steps, List<Gap> gaps) implements Result { }

    record Movers(String measure, String breakdown, boolean rising, boolean relative, List<Step> steps) { }

    record MoverLists(List<Movers> lists, List<Gap> gaps) implements Result { }

    /** A part and the whole it is a part of: a member and the total, or agreements and recognitions. */
    record Part(Cell part, Cell whole) {
        public Double percent() {
            return whole.value() == 0 ? null : 100.0 * part.value() / whole.value();
        }
    }

    record Shares(List<Part> parts, boolean conversion, List<Gap> gaps) implements Result { }

    record Explanation(Topic topic) implements Result {
        public List<Gap> gaps() {
            return List.of();
        }
    }

    record NoData(List<Gap> gaps) implements Result { }

    record NotUnderstood() implements Result {
        public List<Gap> gaps() {
            return List.of();
        }
    }
}
