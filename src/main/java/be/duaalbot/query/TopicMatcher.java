package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the minister's explanation a question is about. A keyword of one word matches a
 * question word that starts with it ("geldig" matches "geldigheid"); a keyword of several
 * words matches when each of them does, in any order. The topic with most matching keywords
 * wins, longer keywords weighing more; the first in the file wins a tie.
 */
final class TopicMatcher {
    private record Keyword(Topic topic, List<String> words) { }

    private final List<Keyword> keywords = new ArrayList<>();

    TopicMatcher(Dataset data, Normalizer normalizer) {
        for (Topic topic : data.topics()) {
            topic.keywords().values().forEach(list -> list.forEach(k -> {
                List<String> words = Tokenizer.tokens(normalizer.normalize(k));
                if (!words.isEmpty()) {
                    keywords.add(new Keyword(topic, words));
                }
            }));
        }
    }

    Optional<Topic> best(String normalizedQuestion) {
        List<String> words = Tokenizer.tokens(normalizedQuestion);
        Topic best = null;
        int bestScore = 0;
        java.util.Map<Topic, Integer> scores = new java.util.HashMap<>();
        for (Keyword k : keywords) {
            if (matches(k, words)) {
                int score = scores.merge(k.topic(), k.words().size(), Integer::sum);
                if (score > bestScore) {
                    best = k.topic();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(Keyword k, List<String> words) {
        for (String w : k.words()) {
            boolean found = false;
            for (String q : words) {
                if (q.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
