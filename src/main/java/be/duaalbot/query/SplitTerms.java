package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grammar words written apart, as Dutch separable verbs and English phrasal verbs are: a lexicon
 * spelling "tel ... op" or "add ... up" matches "tel de erkenningen van Limburg op", "add the
 * agreements up", its two parts within one clause, with other words between them.
 */
final class SplitTerms {
    private static final String GAP = "...";

    /** The two parts of one spelling, each a term of the role, matched on its own. */
    private record Split(Term head, Term tail) { }

    /** The splits by the first word of their head: most questions hold none of them, and cost one look-up a word. */
    private final java.util.Map<String, List<Split>> byFirstWord = new java.util.HashMap<>();
    private final java.util.Set<Term> tails = new java.util.HashSet<>();

    SplitTerms(Dataset data, Normalizer normalizer) {
        for (Lexicon lexicon : data.lexicons().values()) {
            lexicon.words().forEach((role, spellings) -> add(spellings, Kind.WORD, role.key(), lexicon.language(), normalizer));
            // "hoeveel bedrijven vroegen een erkenning aan": a name outside the data written apart is still that name
            lexicon.outsideData().forEach((kind, spellings) -> add(spellings, Kind.OUTSIDE, kind, lexicon.language(), normalizer));
        }
    }

    private void add(List<String> spellings, Kind kind, String key, be.duaalbot.data.Language language, Normalizer normalizer) {
        spellings.stream().filter(w -> w.contains(GAP)).forEach(w -> {
            int at = w.indexOf(GAP);
            List<String> head = Tokenizer.tokens(normalizer.normalize(w.substring(0, at)));
            List<String> tail = Tokenizer.tokens(normalizer.normalize(w.substring(at + GAP.length())));
            if (!head.isEmpty() && !tail.isEmpty()) {
                Split split = new Split(new Term(head, kind, key, language), new Term(tail, kind, key, language));
                byFirstWord.computeIfAbsent(head.get(0), k -> new ArrayList<>()).add(split);
                tails.add(split.tail());
            }
        });
    }

    /** True when the term is the second part of a split spelling ("aan" of "vroegen ... aan"): said with its first. */
    boolean isTail(Term term) {
        return tails.contains(term);
    }

    /**
     * The matches with every split term found added, in order; a part may take the place of a lone
     * grammar word read over the same word ("add ... up" is no "add" of a rise), never of a name.
     */
    List<Match> add(List<String> words, int[] clauses, List<Match> matches) {
        List<Match> out = matches;
        for (int i = 0; i < words.size(); i++) {
            for (Split split : byFirstWord.getOrDefault(words.get(i), List.of())) {
                int tail = fits(words, i, split.head(), out) ? tail(words, clauses, i, split, out) : -1;
                if (tail >= 0) {
                    out = out == matches ? new ArrayList<>(matches) : out;
                    take(out, new Match(split.head(), i, i + split.head().words().size(), 0));
                    take(out, new Match(split.tail(), tail, tail + split.tail().words().size(), 0));
                    break; // one reading of these words
                }
            }
        }
        if (out != matches) {
            out.sort(Comparator.comparingInt(Match::start));
        }
        return out;
    }

    /** Where the split's tail stands later in the head's clause, or -1. */
    private static int tail(List<String> words, int[] clauses, int i, Split split, List<Match> matches) {
        for (int j = i + split.head().words().size() + 1; j < words.size() && clauses[j] == clauses[i]; j++) {
            if (fits(words, j, split.tail(), matches)) {
                return j;
            }
        }
        return -1;
    }

    /** True when the term's words stand at {@code i}, free or read as one grammar word of the same span. */
    private static boolean fits(List<String> words, int i, Term term, List<Match> matches) {
        int end = i + term.words().size();
        if (end > words.size() || !words.subList(i, end).equals(term.words())) {
            return false;
        }
        return matches.stream().filter(m -> m.start() < end && i < m.end())
                .allMatch(m -> m.kind() == Kind.WORD && m.start() == i && m.end() == end);
    }

    private static void take(List<Match> matches, Match match) {
        matches.removeIf(m -> m.start() == match.start() && m.end() == match.end());
        matches.add(match);
    }
}
