package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * One of the minister's explanations, with the words that lead to it and the passage it rests
 * on. {@code explains} lists the kinds of answer (intents such as {@code CHANGE}) after which
 * a bare "waarom?" is answered with this topic.
 */
public record Topic(String id, String source, String section, Map<Language, List<String>> keywords,
                    Localized answer, String passage, List<Intent> explains) {
}
