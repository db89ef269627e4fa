package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a question asks to compute, beside what it asks about: a sum, a ratio ("hoeveel keer"),
 * an average, a difference, a percentage ("hoeveel procent"), an order ("laagste eerst"), a row counted in or left out, a figure
 * per year, a course over the years. The words that name them are grammar words of the lexicons
 * (roles); every operation asked must be one the query does (see {@link Operations}), or the
 * reply says it cannot be done, so that another computation is never given as the answer.
 */
public enum Operation {
    SUM, RATIO, AVERAGE, DIFFERENCE, PERCENTAGE, ASCENDING, DESCENDING, INCLUDE, EXCLUDE, EACH_YEAR, OVER_YEARS;

    /** The operations the words of a question ask for. */
    static Set<Operation> asked(Entities e) {
        Set<Operation> out = EnumSet.noneOf(Operation.class);
        for (Role role : e.roles()) {
            Operation op = of(role);
            if (op != null) {
                out.add(op);
            }
        }
        if (!e.excluded().isEmpty()) {
            out.add(EXCLUDE); // "zonder", "min" ... leave something out only when a name follows
        }
        return out;
    }

    private static Operation of(Role role) {
        return switch (role) {
            case SUM -> SUM;
            case RATIO -> RATIO;
            case AVERAGE -> AVERAGE;
            case CHANGE -> DIFFERENCE;
            case PERCENT -> PERCENTAGE;
            case ASCENDING -> ASCENDING;
            case DESCENDING -> DESCENDING;
            case INCLUDE -> INCLUDE;
            case ALL_YEARS -> EACH_YEAR;
            case TREND -> OVER_YEARS;
            default -> null;
        };
    }
}
