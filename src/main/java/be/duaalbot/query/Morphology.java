package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the name a word stands for when no term is written that way: by its Snowball stem
 * ("kappers" for "kapper", "schrijnwerkerijen"), or as a Dutch compound of a name and a head
 * that means "companies of that kind" ("horecazaken", "confectieateliers", "bouwbedrijf"),
 * with the linking -s-, -e- or -en- between them. The dictionary is the lexicon itself: its
 * one-word names and its compound heads. Lucene's dictionary compound filter was not used: it
 * lists every dictionary fragment of a token (also "bouw" in "bouwvakantie") without saying
 * which is the head, where only a name followed by a head may be read as the name.
 */
final class Morphology {
    private static final int MIN_STEM = 4;
    private static final List<String> LINKS = List.of("", "s", "e", "en");

    private final Map<Language, Map<String, Term>> byStem = new java.util.EnumMap<>(Language.class);
    private final Set<String> heads = new HashSet<>();
    private final Vocabulary vocabulary;

    Morphology(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Term t : vocabulary.oneWordNames()) {
            String stem = Stemmer.stem(t.words().get(0), t.language());
            if (stem.length() >= MIN_STEM) {
                byStem.computeIfAbsent(t.language(), l -> new HashMap<>()).putIfAbsent(stem, t);
            }
        }
        heads.addAll(vocabulary.compoundSuffixes());
    }

    /** The one-word name with the same stem in either language, or null. */
    Term byStem(String word) {
        if (word.length() <= MIN_STEM) {
            return null;
        }
        for (Language lang : Language.values()) {
            Term t = byStem.getOrDefault(lang, Map.of()).get(Stemmer.stem(word, lang));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A compound ending in a measure ("praktijkovereenkomst", "stageovereenkomsten"): the measure,
     * whatever kind of it the first part names.
     */
    Term measureCompound(String word) {
        for (int split = 3; split <= word.length() - 6; split++) {
            for (Term t : vocabulary.startingWith(word.substring(split))) {
                if (t.words().size() == 1 && t.kind() == Kind.MEASURE) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The name a compound's first part is, when its last part is a head; the longest first part wins. */
    Term compound(String word) {
        for (int split = word.length() - 3; split >= 3; split--) {
            String head = word.substring(split);
            if (!heads.contains(head)) { // the heads are listed with their inflections: no stemming per split
                continue;
            }
            Term name = name(word.substring(0, split));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private Term name(String modifier) {
        for (String link : LINKS) {
            if (!modifier.endsWith(link) || modifier.length() - link.length() < 3) {
                continue;
            }
            String stem = modifier.substring(0, modifier.length() - link.length());
            for (Term t : vocabulary.startingWith(stem)) {
                if (t.words().size() == 1 && t.kind() != Kind.WORD && t.kind() != Kind.OUTSIDE) {
                    return t;
                }
            }
            Term t = byStem(stem);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

}
