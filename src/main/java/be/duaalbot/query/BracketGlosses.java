package be.duaalbot.query;

import java.util.List;
import java.util.function.Predicate;

/**
 * Words and a name in brackets beside them name the same thing: "self-employed retail
 * (zelfstandige kleinhandel)", "kleinhandel (independent shops)". The words glossed, read as no
 * subject of their own, are the run of words right before a bracket that holds a name and nothing
 * else (up to a stop word or a grammar word or measure: names in it, of the data or not, are the
 * bracket's, "retail" there is no Detailhandel), or the whole bracket right after a name when
 * it holds such words only.
 */
final class BracketGlosses {
    private BracketGlosses() {
    }

    /** Which words are glossed by a name beside them. */
    static boolean[] find(List<String> words, int[] clauses, int[] brackets, List<Match> matches, Predicate<String> stopword) {
        Match[] at = new Match[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(at, m.start(), m.end(), m));
        boolean[] glossed = new boolean[words.size()];
        for (int s = 0; s < words.size(); s++) {
            if (brackets[s] == 0 || s > 0 && brackets[s - 1] == brackets[s]) {
                continue; // not the first word of a bracket
            }
            int e = s;
            while (e < words.size() && brackets[e] == brackets[s]) {
                e++;
            }
            // the name must stand in the bracket, and the one before it outside: a synonym that runs
            // across the bracket ("electricians (installation and distribution)") is one name, glossing nothing
            if (isName(at[s]) && at[s].start() >= s && at[s].end() >= e) {
                for (int j = s - 1; j >= 0 && brackets[j] == 0 && clauses[j] == clauses[s] && free(at[j], words.get(j), stopword); j--) {
                    glossed[j] = true;
                }
            } else if (s > 0 && isName(at[s - 1]) && at[s - 1].end() <= s && java.util.stream.IntStream.range(s, e).allMatch(j -> free(at[j], words.get(j), stopword))) {
                java.util.Arrays.fill(glossed, s, e, true);
            }
        }
        return glossed;
    }

    private static boolean free(Match m, String word, Predicate<String> stopword) {
        return m == null ? !stopword.test(word) : m.kind() == Kind.OUTSIDE || isName(m);
    }

    private static boolean isName(Match m) {
        return m != null && (m.kind() == Kind.MEMBER || m.kind() == Kind.GROUP);
    }
}
