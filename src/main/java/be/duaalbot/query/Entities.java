package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What entity recognition found in one question, in the order written: measures, members
 * (groups already expanded to their rows), breakdowns, names outside the data, grammar
 * words by role, school years, a count ("top 5"), the content words it did not know, and
 * whether the question opens as a follow-up ("en in 2021-2022?").
 */
public record Entities(String normalized, Language language, List<String> measures, List<String> members,
                       List<String> groups, List<String> breakdowns, List<String> outside, Set<String> words,
                       List<YearMention> years, boolean yearRange, OptionalInt count, List<String> unknown,
                       boolean followUp, int wordCount) {

    boolean has(String word) {
        return words.contains(word);
    }

    /** True when nothing of the data's dimensions was named. */
    boolean namesNothing() {
        return measures.isEmpty() && members.isEmpty() && breakdowns.isEmpty() && years.isEmpty()
                && groups.isEmpty();
    }
}
