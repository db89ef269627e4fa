package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * The words of one language: terms for measures, breakdowns, members and groups (keyed by
 * their id or row label), names outside the data, grammar words by role, number words, stop
 * words, and hints: everyday words that only tell the language (they mean nothing to the data);
 * the named word classes the reading rules use, and the language's part-of-speech dictionary
 * (null when it has none).
 */
public record Lexicon(Language language,
                      Map<String, List<String>> measures,
                      Map<String, List<String>> breakdowns,
                      Map<String, List<String>> members,
                      Map<String, List<String>> groups,
                      Map<String, List<String>> outsideData,
                      Map<Role, List<String>> words,
                      Map<String, Integer> numbers,
                      List<String> stopwords,
                      List<String> languageHints,
                      Map<WordClass, List<String>> classes,
                      PosDictionary dictionary) {

    /** The words of a word class, or none. */
    public List<String> words(WordClass wordClass) {
        return classes.getOrDefault(wordClass, List.of());
    }

    /** This lexicon with another file's words of the same language added, so a new table can bring its own terms. */
    Lexicon plus(Lexicon more) {
        Map<String, List<String>> inside = join(join(join(measures, more.measures), join(breakdowns, more.breakdowns)),
                join(join(members, more.members), join(groups, more.groups)));
        return new Lexicon(language, join(measures, more.measures), join(breakdowns, more.breakdowns),
                join(members, more.members), join(groups, more.groups), without(join(outsideData, more.outsideData), inside),
                joinRoles(words, more.words),
                joinNumbers(numbers, more.numbers), concat(stopwords, more.stopwords),
                concat(languageHints, more.languageHints), joinClasses(classes, more.classes),
                dictionary != null ? dictionary : more.dictionary);
    }

    private static Map<String, List<String>> join(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>(a);
        b.forEach((key, terms) -> out.merge(key, terms, Lexicon::concat));
        return out;
    }

    private static Map<WordClass, List<String>> joinClasses(Map<WordClass, List<String>> a, Map<WordClass, List<String>> b) {
        Map<WordClass, List<String>> out = new java.util.EnumMap<>(WordClass.class);
        out.putAll(a);
        b.forEach((c, words) -> out.merge(c, words, Lexicon::concat));
        return out;
    }

    private static Map<Role, List<String>> joinRoles(Map<Role, List<String>> a, Map<Role, List<String>> b) {
        Map<Role, List<String>> out = new java.util.EnumMap<>(Role.class);
        out.putAll(a);
        b.forEach((role, terms) -> out.merge(role, terms, Lexicon::concat));
        return out;
    }

    /**
     * Names outside the data less those another file brings into it: a new table of mentors makes
     * "mentoren" a measure, no longer a word the bot has no figures for.
     */
    private static Map<String, List<String>> without(Map<String, List<String>> outside, Map<String, List<String>> inside) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        inside.values().forEach(list -> list.forEach(t -> taken.add(t.toLowerCase(java.util.Locale.ROOT))));
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        outside.forEach((key, terms) -> out.put(key, terms.stream()
                .filter(t -> !taken.contains(t.toLowerCase(java.util.Locale.ROOT))).toList()));
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
