package be.duaalbot.query;

import java.util.List;

/**
 * Something asked that the data does not hold, said as a value: a school year outside the
 * tables, a row a table lacks, a measure no table counts, a name outside the data. A YEAR gap
 * is {@code (year, the years the row or table has, measure, breakdown)}: each table says its own.
 */
public record Gap(Kind kind, List<String> args) {

    public enum Kind { YEAR, ROW, MEASURE, OUTSIDE, UNKNOWN, CAVEATS, CROSSED, SPLIT, ALL_COMPANIES, TABLE, NO_BASE, NO_MOVERS, CROSS,
        /** A row without a figure in a year its table has (measure, breakdown, year, member). */
        NO_FIGURE,
        /** A ranking over a year in which only some rows have a figure (measure, breakdown, year, with, of, the rows without...). */
        PARTIAL,
        /** Measures that may not be added up or set against each other (operation, measure, measure). */
        UNITS }

    static Gap of(Kind kind, String... args) {
        return new Gap(kind, List.of(args));
    }
}
