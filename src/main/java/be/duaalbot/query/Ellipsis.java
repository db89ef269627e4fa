package be.duaalbot.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Names written with their shared part said once: "West- en Oost-Vlaanderen", "west + oost
 * vlaanderen", "East and West Flanders". A word no term covers, one word before a name of
 * several words, is that name with its first word swapped, when the vocabulary has such a name:
 * so a sum of both is not read as the second alone.
 */
final class Ellipsis {
    private final Vocabulary vocabulary;

    Ellipsis(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The matches with the elided names added, in order. */
    List<Match> complete(List<String> words, List<Match> matches) {
        List<Match> out = matches;
        for (Match m : matches) {
            int at = m.start() - 2;
            if (at < 0 || m.kind() != Kind.MEMBER || m.end() - m.start() < 2 || covered(out, at) || covered(out, at + 1)
                    && !isJoiningWord(out, at + 1)) {
                continue;
            }
            if (out == matches) {
                out = new ArrayList<>(matches);
            }
            List<String> swapped = new ArrayList<>(words.subList(m.start(), m.end()));
            swapped.set(0, words.get(at));
            for (Term t : vocabulary.startingWith(words.get(at))) {
                if (t.kind() == Kind.MEMBER && t.words().equals(swapped)) {
                    out.add(new Match(t, at, at + 1, 0));
                    break;
                }
            }
        }
        if (out != matches) {
            out.sort(java.util.Comparator.comparingInt(Match::start));
        }
        return out;
    }

    private static boolean covered(List<Match> matches, int i) {
        return matches.stream().anyMatch(m -> m.start() <= i && i < m.end());
    }

    /** "+", "plus", "en": a grammar word may join the two ("west + oost"); a name may not. */
    private static boolean isJoiningWord(List<Match> matches, int i) {
        return matches.stream().anyMatch(m -> m.start() == i && m.end() == i + 1 && m.kind() == Kind.WORD);
    }
}
