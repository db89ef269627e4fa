package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * One of the minister's explanations, with the words that lead to it and the passage it rests
 * on. {@code scopes} are the figures the passage speaks about (see {@link Scope}): a figure answer
 * in one carries its short why, and "waarom?" after it gives this passage.
 */
public record Topic(String id, String source, String section, Map<Language, List<String>> keywords,
                    Localized answer, String passage, List<Scope> scopes) {
}
