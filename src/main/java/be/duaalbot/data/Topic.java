package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * One of the minister's explanations, with the words that lead to it and the passage it rests
 * on. {@code scopes} are the figures the passage speaks about (see {@link Scope}): a figure answer
 * in one carries its short why, and "waarom?" after it gives this passage. {@code references} are
 * the words that name its source itself ("de vraag over Antwerpen", "question 677"): they lead to
 * every passage of that source alike, so that what is asked chooses among them.
 */
public record Topic(String id, String source, String section, Map<Language, List<String>> keywords,
                    Localized answer, String passage, List<Scope> scopes, Map<Language, List<String>> references) {
}
