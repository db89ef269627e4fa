package be.duaalbot.data;

import java.util.List;

/**
 * The figures one passage of the minister's prose speaks about, only as far as its text says:
 * measures, school years (named, or {@code fromYear} on), members (named, by group or by whole
 * breakdown), the direction of change, and the kinds of answer (a conversion rate, a sum). An
 * empty list or {@code ANY} says nothing, so it holds for every figure. {@code line} is the short
 * why a figure answer in the scope carries, worded as hedged as the source is. A passage that
 * {@code restatesFootnote} (the double counting a table's footnote already gives) is said when
 * asked why, not under every figure beside that footnote.
 */
public record Scope(List<String> measures, List<String> years, String fromYear, List<String> members, List<String> groups,
                    List<String> breakdowns, Direction direction, List<Intent> kinds, boolean restatesFootnote, Localized line) {

    /** True when it names members (one by one or by group), not only a whole breakdown. */
    public boolean namesMembers() {
        return !members.isEmpty() || !groups.isEmpty();
    }
}
