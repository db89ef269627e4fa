package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Measure;
import be.duaalbot.data.Role;
import java.util.List;
import java.util.function.Function;

/**
 * Decides from the grammar words what kind of answer is asked for, or null when the question
 * says nothing of it (a follow-up then keeps the previous kind). The rules are tried in order
 * and the first that fires decides (Duckling style: each rule has a name and examples in the
 * corpus). Order matters: a percentage of one measure within another is a conversion before it
 * is a share; the best year of a member is not a ranking of members; a movement across unnamed
 * members is a ranking of movers before it is a change; a trend of named members is their series.
 */
final class IntentReader {
    /** A named rule: the intent it gives for a question, or null when it does not apply. */
    record Rule(String name, Function<Entities, Intent> decide) { }

    private final List<Rule> rules;

    IntentReader(Dataset data) {
        this.rules = List.of(
                // "verhouding ... (hoeveel keer meer)": how many times, before a percentage of one measure in another
                new Rule("ratio", e -> e.has(Role.RATIO) ? Intent.RATIO : null),
                new Rule("average", e -> e.has(Role.AVERAGE) ? Intent.AVERAGE : null),
                new Rule("conversion", e -> e.has(Role.CONVERSION) || (e.has(Role.PERCENT) || e.has(Role.SHARE))
                        && isSubsetPair(data, e) ? Intent.CONVERSION : null),
                new Rule("best year of a member", e -> e.asksYears() && !e.members().isEmpty() ? Intent.YEARS : null),
                new Rule("share", e -> e.has(Role.SHARE) || e.has(Role.PERCENT) && !e.asksMovement() ? Intent.SHARE : null),
                // "hoeveel procent meer in West-Vlaanderen dan in Vlaams-Brabant in 22-23": two members set side by side in one year
                new Rule("more than another member", e -> moreThanAnother(e) ? Intent.COMPARE : null),
                new Rule("movement", e -> e.asksMovement() ? movement(e) : null),
                new Rule("bottom", e -> e.has(Role.BOTTOM) ? Intent.BOTTOM : null),
                new Rule("top", e -> e.has(Role.TOP) ? Intent.TOP : null),
                new Rule("order", e -> e.has(Role.ASCENDING) ? Intent.BOTTOM : e.has(Role.DESCENDING) ? Intent.TOP : null),
                new Rule("compare", e -> e.has(Role.COMPARE) ? Intent.COMPARE : null),
                new Rule("sum", e -> e.has(Role.SUM) && (e.members().size() >= 2 || overYears(e) || !e.breakdowns().isEmpty()) ? Intent.SUM : null));
    }

    Intent read(Entities e) {
        for (Rule rule : rules) {
            Intent intent = rule.decide().apply(e);
            if (intent != null) {
                return intent; // each rule is decided once
            }
        }
        return null;
    }

    /** The first rule that fires for a question, if any: the one that decides its kind. */
    java.util.Optional<Rule> firing(Entities e) {
        return rules.stream().filter(rule -> rule.decide().apply(e) != null).findFirst();
    }

    /** The names of the rules, in the order they are tried (for tests and documentation). */
    List<String> names() {
        return rules.stream().map(Rule::name).toList();
    }

    /** One member added up over its years: "horeca ovk alle jaren samen", "West-Vlaanderen 20-21 + 21-22". */
    private static boolean overYears(Entities e) {
        return e.members().size() <= 1 && (e.years().size() >= 2 || e.has(Role.ALL_YEARS));
    }

    /**
     * "X procent meer A dan B", in one named year or none: two members, or two measures, set side
     * by side, not a change between years; no year is a comparison in each year, as a look-up is.
     * "dan vorig jaar", "than the first year" compare years, and so does a second year named.
     */
    private static boolean moreThanAnother(Entities e) {
        boolean two = e.members().size() >= 2 || e.measures().size() >= 2;
        return e.has(Role.RISE) && e.has(Role.COMPARE) && two && e.years().size() <= 1
                && !e.has(Role.FALL) && !e.has(Role.CHANGE) && !e.has(Role.TREND) && !e.has(Role.SINCE)
                && !e.has(Role.PREVIOUS) && !e.has(Role.FIRST) && !e.has(Role.RANGE);
    }

    private static Intent movement(Entities e) {
        boolean rise = e.has(Role.RISE);
        boolean fall = e.has(Role.FALL);
        boolean acrossMembers = e.members().isEmpty() && (e.has(Role.WHICH) || e.has(Role.TOP) || e.has(Role.BOTTOM)
                || e.count().isPresent() || !e.breakdowns().isEmpty());
        if (acrossMembers) {
            boolean down = fall && !rise;
            return down != e.has(Role.BOTTOM) ? Intent.FALLERS : Intent.RISERS;
        }
        if (!rise && !fall && (e.members().size() >= 2 || e.measures().size() >= 2) && e.years().size() < 2) {
            return Intent.COMPARE;
        }
        boolean trendOnly = e.has(Role.TREND) && !rise && !fall && !e.has(Role.CHANGE);
        // "evolutie van horeca": the series over the years, whose trend line gives the change
        return trendOnly ? Intent.LOOKUP : Intent.CHANGE;
    }

    /** True when two measures are named and one counts a subset of the other's companies. */
    private static boolean isSubsetPair(Dataset data, Entities e) {
        return e.measures().stream().map(data.measures()::get).map(Measure::subsetOf).anyMatch(e.measures()::contains);
    }
}
