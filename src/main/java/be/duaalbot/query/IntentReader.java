package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Measure;

/**
 * Decides from the grammar words what kind of answer is asked for, or null when the question
 * says nothing of it (a follow-up then keeps the previous kind). Order matters: a percentage
 * of one measure within another is a conversion before it is a share; a movement across
 * unnamed members is a ranking of movers before it is a change; a trend of named members is
 * their series over the years.
 */
final class IntentReader {
    private final Dataset data;

    IntentReader(Dataset data) {
        this.data = data;
    }

    Intent read(Entities e) {
        boolean percent = e.has("percent");
        boolean share = e.has("share");
        boolean rise = e.has("rise");
        boolean fall = e.has("fall");
        boolean trend = e.has("trend");
        boolean movement = rise || fall || e.has("change") || trend;
        if (e.has("conversion") || ((percent || share) && isSubsetPair(e))) {
            return Intent.CONVERSION;
        }
        if (share || (percent && !movement)) {
            return Intent.SHARE;
        }
        if (movement) {
            Intent kind = movement(e, rise, fall);
            // "evolutie van horeca": the series over the years, whose trend line gives the change
            return kind == Intent.CHANGE && trend && !rise && !fall && !e.has("change") ? Intent.LOOKUP : kind;
        }
        if (e.has("bottom")) {
            return Intent.BOTTOM;
        }
        if (e.has("top")) {
            return Intent.TOP;
        }
        return e.has("compare") ? Intent.COMPARE : null;
    }

    private Intent movement(Entities e, boolean rise, boolean fall) {
        boolean acrossMembers = e.members().isEmpty()
                && (e.has("which") || e.has("top") || e.has("bottom") || e.count().isPresent() || !e.breakdowns().isEmpty());
        if (acrossMembers) {
            boolean down = fall && !rise;
            return down != e.has("bottom") ? Intent.FALLERS : Intent.RISERS;
        }
        if (!rise && !fall && (e.members().size() >= 2 || e.measures().size() >= 2) && e.years().size() < 2) {
            return Intent.COMPARE;
        }
        return Intent.CHANGE;
    }

    /** True when two measures are named and one counts a subset of the other's companies. */
    private boolean isSubsetPair(Entities e) {
        return e.measures().stream().map(data.measures()::get).map(Measure::subsetOf)
                .anyMatch(e.measures()::contains);
    }
}
