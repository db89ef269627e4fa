package be.duaalbot.query;

import java.util.List;

/**
 * What a question fixed, before defaults: empty lists and nulls are "not said". A follow-up
 * question's slots are laid over the previous question's, so it changes only what it says.
 */
public record Slots(Intent intent, List<String> measures, List<String> members, String breakdown,
                    List<String> years, boolean yearRange, Integer count, boolean relative) {

    Slots over(Slots previous) {
        if (previous == null) {
            return this;
        }
        return new Slots(intent != null ? intent : previous.intent,
                measures.isEmpty() ? previous.measures : measures,
                members.isEmpty() && breakdown == null ? previous.members : members,
                breakdown != null ? breakdown : previous.breakdown,
                years.isEmpty() ? previous.years : years,
                years.isEmpty() ? previous.yearRange : yearRange,
                count != null ? count : previous.count,
                relative || previous.relative);
    }
}
