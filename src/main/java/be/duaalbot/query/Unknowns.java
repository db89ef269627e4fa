package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The members an unknown word may have meant, for asking back ("Bedoel je Horeca?"): a name's
 * word within two edits of it and with its first letter, or one that starts the other (at least
 * five letters shared).
 * Wider than the typo tolerance of term matching on purpose: here the bot asks, it does not
 * answer. Words shorter than four letters ("ict") are never near anything.
 */
final class Unknowns {
    private static final int MAX = 3;
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

    private final Map<String, String> memberByWord = new HashMap<>();

    Unknowns(Dataset data) {
        Normalizer normalizer = new Normalizer();
        for (Lexicon lexicon : data.lexicons().values()) {
            lexicon.members().forEach((member, spellings) -> spellings.forEach(s -> add(normalizer, s, member)));
        }
    }

    private void add(Normalizer normalizer, String spelling, String member) {
        for (String word : Tokenizer.tokens(normalizer.normalize(spelling))) {
            if (word.length() >= 5) {
                memberByWord.putIfAbsent(word, member);
            }
        }
    }

    List<String> near(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words) {
            if (word.length() < 4) {
                continue;
            }
            List<Map.Entry<String, String>> hits = new ArrayList<>();
            for (Map.Entry<String, String> e : memberByWord.entrySet()) {
                if (isNear(word, e.getKey())) {
                    hits.add(e);
                }
            }
            // the name sharing the longest beginning first ("textielverz": Textielverzorging before Textiel)
            hits.sort(java.util.Comparator.comparingInt((Map.Entry<String, String> h) -> -shared(word, h.getKey()))
                    .thenComparing(Map.Entry::getKey));
            hits.forEach(h -> out.add(h.getValue()));
        }
        return out.stream().limit(MAX).toList();
    }

    private static int shared(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static boolean isNear(String word, String name) {
        int shared = Math.min(word.length(), name.length());
        if (shared >= 5 && (word.startsWith(name) || name.startsWith(word))) {
            return true;
        }
        // cheap checks first: the same first letter (as for typos) and at most two letters' difference in the mask
        return Math.abs(word.length() - name.length()) <= 2 && word.charAt(0) == name.charAt(0)
                && Long.bitCount(Vocabulary.letters(word) ^ Vocabulary.letters(name)) <= 4 && TWO.apply(word, name) >= 0;
    }
}
