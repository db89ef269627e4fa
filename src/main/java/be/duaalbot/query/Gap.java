package be.duaalbot.query;

import java.util.List;

/**
 * Something asked that the data does not hold, said as a value: a school year outside the
 * tables, a row a table lacks, a measure no table counts, a name outside the data.
 */
public record Gap(Kind kind, List<String> args) {

    public enum Kind { YEAR, ROW, MEASURE, OUTSIDE, UNKNOWN, CAVEATS, CROSSED, SPLIT, ALL_COMPANIES, TABLE, NO_BASE, NO_MOVERS, CROSS, OPERATION }

    static Gap of(Kind kind, String... args) {
        return new Gap(kind, List.of(args));
    }
}
