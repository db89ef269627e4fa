package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * The words of one language: terms for measures, breakdowns, members and groups (keyed by
 * their id or row label), names outside the data, grammar words by role, number words, stop
 * words, and hints: everyday words that only tell the language (they mean nothing to the data).
 */
public record Lexicon(Language language,
                      Map<String, List<String>> measures,
                      Map<String, List<String>> breakdowns,
                      Map<String, List<String>> members,
                      Map<String, List<String>> groups,
                      Map<String, List<String>> outsideData,
                      List<String> compoundSuffixes,
                      Map<String, List<String>> words,
                      Map<String, Integer> numbers,
                      List<String> stopwords,
                      List<String> languageHints) {

    /** This lexicon with another file's words of the same language added, so a new table can bring its own terms. */
    Lexicon plus(Lexicon more) {
        return new Lexicon(language, join(measures, more.measures), join(breakdowns, more.breakdowns),
                join(members, more.members), join(groups, more.groups), join(outsideData, more.outsideData),
                concat(compoundSuffixes, more.compoundSuffixes), join(words, more.words),
                joinNumbers(numbers, more.numbers), concat(stopwords, more.stopwords),
                concat(languageHints, more.languageHints));
    }

    private static Map<String, List<String>> join(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>(a);
        b.forEach((key, terms) -> out.merge(key, terms, Lexicon::concat));
        return out;
    }

    private static Map<String, Integer> joinNumbers(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
