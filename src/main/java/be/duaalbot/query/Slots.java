package be.duaalbot.query;

import be.duaalbot.data.Intent;
import java.util.List;

/**
 * What a question fixed, before defaults: empty lists and nulls are "not said". A follow-up
 * question's slots are laid over the previous question's, so it changes only what it says.
 * {@code sum} asks to add the members up ("samen"), {@code lowest} for the least rather than the
 * most, {@code excluded} for members left out ("zonder Brussel"), {@code parts} the groups named
 * (each added up as one, "de drie handelssectoren samen"), {@code included} rows a breakdown's name
 * leaves apart that the question counts in ("Brussels included").
 */
public record Slots(Intent intent, List<String> measures, List<String> members, String breakdown,
                    List<String> years, boolean yearRange, Integer count, boolean relative, boolean sum,
                    boolean lowest, List<String> excluded, List<List<String>> parts, List<String> included) {

    Slots over(Slots previous) {
        if (previous == null) {
            return this;
        }
        boolean newMembers = !members.isEmpty() || breakdown != null;
        return new Slots(intent != null ? intent : previous.intent,
                measures.isEmpty() ? previous.measures : measures,
                newMembers ? members : previous.members,
                breakdown != null ? breakdown : previous.breakdown,
                years.isEmpty() ? previous.years : years,
                years.isEmpty() ? previous.yearRange : yearRange,
                count != null ? count : previous.count,
                relative || previous.relative,
                sum || previous.sum && !newMembers,
                intent != null ? lowest : previous.lowest,
                excluded.isEmpty() ? previous.excluded : excluded,
                newMembers ? parts : previous.parts,
                included.isEmpty() && !newMembers ? previous.included : included);
    }
}
