package be.duaalbot.core;

import be.duaalbot.data.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The choices of an ask-back ("Bedoel je Kleding en Confectie?"), as a chat without buttons answers
 * them: the number of one ("1"), yes for the first ("ja", "yes"), or the corrected word ("kleding en
 * confectie"). Anything else is a new question. The words for yes are the chat texts'.
 */
record Choices(String asked, List<String> questions) {
    static final Choices NONE = new Choices("", List.of());
    private static final Set<String> YES = Arrays.stream(Language.values())
            .flatMap(l -> Arrays.stream(ChatTexts.get().text(l, "choice.yes").split("\\|")))
            .map(w -> w.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** The question a reply picks, if it picks one. */
    Optional<String> pick(String reply) {
        String said = plain(reply);
        if (questions.isEmpty() || said.isEmpty()) {
            return Optional.empty();
        }
        if (said.matches("\\d{1,2}")) {
            int n = Integer.parseInt(said);
            return n >= 1 && n <= questions.size() ? Optional.of(questions.get(n - 1)) : Optional.empty();
        }
        if (YES.contains(said)) {
            return Optional.of(questions.get(0));
        }
        // the corrected word: in one of the choices, as whole words, and not in the question asked
        return questions.stream().filter(q -> has(q, said) && !has(asked, said)).findFirst();
    }

    private static boolean has(String text, String words) {
        return (" " + plain(text) + " ").contains(" " + words + " ");
    }

    /** Lower case, punctuation as spaces, single spaces. */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
