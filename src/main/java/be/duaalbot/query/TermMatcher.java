package be.duaalbot.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the terms of the vocabulary in a list of words, left to right, taking at each place
 * the longest term, then the one with the fewest typos. A word may differ from a term's word
 * by a typo tolerance that grows with the shorter of the two (none under five letters, where
 * a typo more often makes another word, "houdt" for "hout"; one up to six; two from seven,
 * where a word under eight letters must keep its first letter); words the
 * vocabulary knows as they are never count as typos, and grammar words ("top", "staart")
 * are only taken as written, since a near miss of one is more often another word. A Dutch compound of a known term and a
 * suffix such as {@code -sector} or {@code -bedrijven} reads as the term.
 */
final class TermMatcher {
    private static final Comparator<Match> BETTER = Comparator
            .comparingInt((Match m) -> m.end() - m.start())
            .thenComparingInt(m -> -m.edits());
    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

    private final Vocabulary vocabulary;

    TermMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Match> match(List<String> words) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match best = best(words, i);
            if (best == null) {
                i++;
                continue;
            }
            found.add(best);
            i = best.end();
        }
        return found;
    }

    private Match best(List<String> words, int i) {
        String word = words.get(i);
        List<Match> options = new ArrayList<>();
        for (Term term : vocabulary.startingWith(word)) {
            extend(term, words, i, 0, options);
        }
        if (options.isEmpty()) {
            compound(word, i, options);
        }
        if (!vocabulary.isKnown(word) && tolerance(word) > 0) {
            for (String first : vocabulary.firstWordsNear(word, tolerance(word))) {
                int edits = distance(word, first);
                if (edits > 0) {
                    vocabulary.startingWith(first).stream().filter(t -> t.kind() != Kind.WORD)
                            .forEach(t -> extend(t, words, i, edits, options));
                }
            }
        }
        return options.stream().max(BETTER).orElse(null);
    }

    private void extend(Term term, List<String> words, int start, int edits, List<Match> options) {
        int total = edits;
        for (int k = 1; k < term.words().size(); k++) {
            int at = start + k;
            if (at >= words.size()) {
                return;
            }
            String word = words.get(at);
            String wanted = term.words().get(k);
            int d = word.equals(wanted) ? 0 : vocabulary.isKnown(word) ? -1 : distance(word, wanted);
            if (d < 0) {
                return;
            }
            total += d;
        }
        options.add(new Match(term, start, start + term.words().size(), total));
    }

    private void compound(String word, int i, List<Match> options) {
        for (String suffix : vocabulary.compoundSuffixes()) {
            if (word.length() - suffix.length() < 3 || !word.endsWith(suffix)) {
                continue;
            }
            String stem = word.substring(0, word.length() - suffix.length());
            for (Term term : vocabulary.startingWith(stem)) {
                if (term.words().size() == 1 && term.kind() != Kind.WORD) {
                    options.add(new Match(term, i, i + 1, 0));
                }
            }
        }
    }

    /** The typo distance between a word and a term's word, or -1 when beyond tolerance. */
    private static int distance(String word, String wanted) {
        int tolerance = Math.min(tolerance(word), tolerance(wanted));
        if (tolerance == 0 || Math.abs(word.length() - wanted.length()) > tolerance) {
            return -1;
        }
        int d = (tolerance == 1 ? ONE : TWO).apply(word, wanted);
        if (d == 2 && word.length() < 8 && word.charAt(0) != wanted.charAt(0)) {
            return -1;
        }
        return d;
    }

    private static int tolerance(String word) {
        if (word.length() < 5 || !Character.isLetter(word.charAt(0))) {
            return 0;
        }
        return word.length() < 7 ? 1 : 2;
    }
}
