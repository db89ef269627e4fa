package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the terms of the vocabulary in a list of words, left to right, taking at each place
 * the longest term, then the one with the fewest typos. A word may differ from a term's word
 * by a typo tolerance that grows with the shorter of the two (none under five letters, where
 * a typo more often makes another word, "houdt" for "hout"; one up to six; two from seven,
 * where the word must keep its first letter: "bereiden" is no "lerenden"); words the
 * vocabulary or a part-of-speech dictionary knows as they are never count as typos ("bevond"
 * is no "bevoegd": typo correction is for words no dictionary has), and grammar words ("top", "staart")
 * and names outside the data are only taken as written, since a near miss of one is more often
 * another word ("campagne" is no "campine"). A word whose dictionary lemma is a term, a Dutch
 * compound of a known term and a head that names companies or a sector ({@code -zaken},
 * {@code -sector}), or a word with a name's stem, reads as the name (see {@link Morphology}).
 */
final class TermMatcher {
    private static final Comparator<Match> BETTER = Comparator
            .comparingInt((Match m) -> m.end() - m.start())
            .thenComparingInt(m -> -m.edits());
    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);
    /** The letters an English word and a Dutch name must share from the start to be one word in two languages. */
    private static final int MIN_COGNATE_START = 4;

    private final Vocabulary vocabulary;
    private final Morphology morphology;
    private final WordKnowledge knowledge;

    TermMatcher(Vocabulary vocabulary, WordKnowledge knowledge) {
        this.vocabulary = vocabulary;
        this.knowledge = knowledge;
        this.morphology = new Morphology(vocabulary, knowledge);
    }

    List<Match> match(List<String> words) {
        List<Match> found = new ArrayList<>();
        Language language = vocabulary.stopwordLanguage(words);
        int i = 0;
        while (i < words.size()) {
            Match best = best(words, i, language);
            if (best == null) {
                i++;
                continue;
            }
            found.add(best);
            i = best.end();
        }
        return found;
    }

    private Match best(List<String> words, int i, Language language) {
        String word = words.get(i);
        Match best = null;
        for (Term term : vocabulary.startingWith(word)) {
            best = better(best, extend(term, words, i, 0, language));
        }
        for (Term place : vocabulary.placesStartingWith(word)) {
            Match m = extend(place, words, i, 0, language);
            best = m != null && m.edits() == 0 ? better(best, m) : best; // a place only as written: "Gent" is no typo of anything
        }
        if (best == null && !vocabulary.isKnown(word)) {
            best = morphology(word, i);
        }
        // a word the dictionaries know is that word, never a typo or an abbreviation of a term ("bevond" is no "bevoegd")
        boolean guessable = !vocabulary.isKnown(word) && !knowledge.knows(word, language);
        if (best == null && guessable) {
            best = abbreviation(words, i, language);
        }
        if (guessable && tolerance(word) > 0) {
            for (String first : vocabulary.firstWordsNear(word, tolerance(word))) {
                int edits = distance(word, first);
                if (edits <= 0) {
                    continue;
                }
                for (Term t : vocabulary.startingWith(first)) {
                    // a grammar word only with one typo in a long word ("hoevel", "bedrijvn"): a near miss
                    // of a short one is more often another word
                    boolean grammar = t.kind() == Kind.WORD && edits == 1 && word.length() >= 6;
                    if (t.kind() != Kind.WORD && t.kind() != Kind.OUTSIDE || grammar) {
                        best = better(best, extend(t, words, i, edits, language));
                    }
                }
            }
        }
        if (best == null && !guessable && language != Language.NL && !knowledge.knows(word, Language.NL)) {
            best = cognate(word, i);
        }
        return best;
    }

    /**
     * An English word (in a question not known to be Dutch) that differs from a Dutch one-word name only in its ending ("confection":
     * "confectie", "logistics": "logistiek") is that name, read as a guess: the tables' names are Dutch.
     */
    private Match cognate(String word, int i) {
        Match best = null;
        for (String first : vocabulary.firstWordsNear(word, tolerance(word))) {
            int edits = distance(word, first);
            if (edits <= 0 || sharedStart(word, first) < Math.max(MIN_COGNATE_START, Math.min(word.length(), first.length()) - 2)) {
                continue;
            }
            for (Term t : vocabulary.startingWith(first)) {
                if (t.words().size() == 1 && t.language() == Language.NL && (t.kind() == Kind.MEMBER || t.kind() == Kind.GROUP)) {
                    best = better(best, new Match(t, i, i + 1, edits));
                }
            }
        }
        return best;
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static Match better(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && BETTER.compare(b, a) > 0 ? b : a;
    }

    /** The term from {@code start} with its later words matched too (exactly, or as a typo), or null. */
    private Match extend(Term term, List<String> words, int start, int edits, Language language) {
        int total = edits;
        for (int k = 1; k < term.words().size(); k++) {
            int at = start + k;
            if (at >= words.size()) {
                return null;
            }
            String word = words.get(at);
            String wanted = term.words().get(k);
            // "social-profitorganisaties": the term's last word as the first part of a compound with a head
            boolean headed = k == term.words().size() - 1 && morphology.headed(word, wanted, language);
            int d = word.equals(wanted) || headed ? 0 : vocabulary.isKnown(word) ? -1 : distance(word, wanted);
            if (d > 0 && knowledge.knows(word, language)) {
                d = -1;
            }
            if (d < 0) {
                return null;
            }
            total += d;
        }
        return new Match(term, start, start + term.words().size(), total);
    }

    /**
     * A chat abbreviation of a name: the first letters (at least four) of the names' words, when they
     * can only mean one thing ("antw", "chem", "prov", "zelfst kleinhandel"). Read as one typo, so the
     * read-as line shows it was guessed.
     */
    private Match abbreviation(List<String> words, int i, Language language) {
        String word = words.get(i);
        if (word.length() < 4 || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        List<Term> one = new ArrayList<>();
        List<Term> more = new ArrayList<>();
        for (String first : vocabulary.firstWordsBeginningWith(word)) {
            for (Term t : vocabulary.startingWith(first)) {
                if (t.kind() != Kind.WORD && t.kind() != Kind.OUTSIDE) {
                    (t.words().size() == 1 ? one : more).add(t);
                }
            }
        }
        List<Term> candidates = one.isEmpty() ? more : one;
        if (candidates.isEmpty() || candidates.stream().map(Term::key).distinct().count() > 1) {
            return null; // none, or more than one meaning: asked back later, never guessed
        }
        Match best = null;
        for (Term t : candidates) {
            best = better(best, extend(t, words, i, 1, language));
        }
        return best;
    }

    /** A name found by its lemma, its stem or as a compound counts as written: no typo, no question of language. */
    private Match morphology(String word, int i) {
        Term term = morphology.byLemma(word, Language.NL); // the language is not known yet: Dutch first, then English
        if (term == null) {
            term = morphology.byStem(word);
        }
        if (term == null) {
            term = morphology.compound(word, Language.NL);
        }
        if (term == null) {
            term = morphology.measureCompound(word);
        }
        if (term == null) {
            term = morphology.outsideByLemma(word, Language.NL);
        }
        return term == null ? null : new Match(term, i, i + 1, 0);
    }

    /** The typo distance between a word and a term's word, or -1 when beyond tolerance. */
    private static int distance(String word, String wanted) {
        int tolerance = Math.min(tolerance(word), tolerance(wanted));
        if (tolerance == 0 || Math.abs(word.length() - wanted.length()) > tolerance) {
            return -1;
        }
        int d = (tolerance == 1 ? ONE : TWO).apply(word, wanted);
        if (d == 2 && word.charAt(0) != wanted.charAt(0)) { // "bereiden" is no "lerenden"
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
