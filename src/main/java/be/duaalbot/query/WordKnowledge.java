package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Lexicon;
import be.duaalbot.data.PartOfSpeech;
import be.duaalbot.data.PosDictionary;
import be.duaalbot.data.WordClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the bot knows of everyday words: the named word classes of the lexicons (both languages
 * together, as a question may mix them) and, for a word no term covers, what the language's
 * part-of-speech dictionary says of it: its parts of speech and the lemmas of its noun readings
 * ("zorgorganisaties": a noun, lemma "zorgorganisatie"). A word is looked up in the question's
 * language first, then in the other; in lower case, then capitalised (names and English months
 * are listed so). Looked-up words are kept in a bounded map: the same everyday words recur.
 */
final class WordKnowledge {
    /**
     * The parts of speech of a word form, as bits by {@link PartOfSpeech} ordinal, the lemmas of its
     * noun and name readings, those of its adjective readings ("grote": "groot") and those of
     * its other readings ("steeg": "stijgen").
     */
    record Senses(int parts, List<String> lemmas, List<String> adjectiveLemmas, List<String> otherLemmas, Language language) {
        static final Senses NONE = new Senses(0, List.of(), List.of(), List.of(), null);

        boolean known() {
            return parts != 0;
        }

        boolean is(PartOfSpeech part) {
            return (parts & 1 << part.ordinal()) != 0;
        }

        /** A noun or a name: the only readings that can be the subject of a question. */
        boolean nominal() {
            return is(PartOfSpeech.NOUN) || is(PartOfSpeech.NAME);
        }
    }

    /** About 200 bytes a word: a few MB at most over both languages, whatever the input. */
    private static final int CACHED_WORDS = 5_000;

    private final Map<Language, PosDictionary> dictionaries = new EnumMap<>(Language.class);
    private final Map<WordClass, Set<String>> classes = new EnumMap<>(WordClass.class);
    /** The values of entries written "word=value" ("oktober=10", "won't=will not"), by class. */
    private final Map<WordClass, Map<String, String>> values = new EnumMap<>(WordClass.class);
    private final Map<Language, ThreadLocal<DictionaryLookup>> lookups = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, PartOfSpeech>> partByTag = new EnumMap<>(Language.class);
    /**
     * Words looked up, per language: the same everyday words recur. Emptied when full (a plain map,
     * not a Caffeine cache: a one-shot question should not load a cache library to look up one word).
     */
    private final Map<Language, Map<String, Senses>> cache = new EnumMap<>(Language.class);

    WordKnowledge(Dataset data, Normalizer normalizer) {
        for (WordClass c : WordClass.values()) {
            classes.put(c, new HashSet<>());
            values.put(c, new java.util.HashMap<>());
        }
        for (Language language : Language.values()) {
            partByTag.put(language, new java.util.concurrent.ConcurrentHashMap<>());
            cache.put(language, new java.util.concurrent.ConcurrentHashMap<>());
        }
        for (Lexicon lexicon : data.lexicons().values()) {
            lexicon.classes().forEach((c, words) -> words.forEach(w -> add(c, w, normalizer)));
            if (lexicon.dictionary() != null) {
                PosDictionary d = lexicon.dictionary();
                dictionaries.put(lexicon.language(), d);
                lookups.put(lexicon.language(), ThreadLocal.withInitial(() -> new DictionaryLookup(Dictionaries.get(d.resource()))));
            }
        }
    }

    /** A word of a class, with its value when written "word=value"; spelled as questions are once normalised. */
    private void add(WordClass c, String entry, Normalizer normalizer) {
        int eq = entry.indexOf('=');
        String word = eq < 0 ? entry : entry.substring(0, eq);
        String normalized = word.isEmpty() || c == WordClass.CONTRACTIONS ? word : normalizer.normalize(word);
        classes.get(c).add(normalized);
        if (eq >= 0) {
            values.get(c).put(normalized, entry.substring(eq + 1));
        }
    }

    /** The value of a word of a class written "word=value", or null. */
    String value(WordClass c, String word) {
        return values.get(c).get(word);
    }

    /** Starts reading the dictionaries in the background, so that the first question needing one waits less. */
    void preload() {
        dictionaries.values().forEach(d -> Dictionaries.preload(d.resource()));
    }

    /** The words of a class, in both languages, normalised. */
    Set<String> words(WordClass c) {
        return classes.get(c);
    }

    /** True when the word, or the lemma of one of its noun readings, is in the class. */
    boolean isA(String word, WordClass c, Language language) {
        Set<String> words = classes.get(c);
        if (words.contains(word)) {
            return true;
        }
        for (String lemma : senses(word, language).lemmas()) {
            if (words.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The lemmas of the word's adjective readings ("bijkomende": "bijkomend"). */
    List<String> adjectiveLemmas(String word, Language language) {
        return senses(word, language).adjectiveLemmas();
    }

    /** Every lemma the dictionaries give the word, other than the word itself ("steeg": "stijgen"). */
    List<String> lemmas(String word, Language language) {
        Senses s = senses(word, language);
        List<String> out = new ArrayList<>(s.lemmas());
        out.addAll(s.adjectiveLemmas());
        out.addAll(s.otherLemmas());
        out.removeIf(word::equals);
        return out;
    }

    /**
     * A form no dictionary lists that inflects a word one does as a verb: English "-ed", "-ing"
     * ("mentored": "mentor"), a Dutch participle "ge-...-d/t" ("gementord"). Only for words no
     * dictionary has: what a tagger guesses from an ending.
     */
    boolean inflectedVerb(String word) {
        for (String stem : stems(word)) {
            if (stem.length() >= 3 && (inDictionary(stem, Language.EN).known() && word.length() > stem.length()
                    && (word.endsWith("ed") || word.endsWith("ing")) || inDictionary(stem, Language.NL).is(PartOfSpeech.VERB))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> stems(String word) {
        List<String> out = new ArrayList<>(3);
        for (String ending : new String[] {"ing", "ed", "d"}) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                out.add(stem);
                if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1)); // "planned": "plan"
                }
            }
        }
        if (word.startsWith("ge") && (word.endsWith("d") || word.endsWith("t")) && word.length() > 5) {
            out.add(word.substring(2, word.length() - 1) + "en"); // "gementord": "mentoren"
        }
        return out;
    }

    /**
     * True when the dictionary of the question's language has the word, or either when the language
     * is not yet known (null): then it is never read as a typo of a term. A rare Dutch word ("agrement")
     * in an English question is still a typo of an English term ("agrements": agreements).
     */
    boolean knows(String word, Language language) {
        Senses s = senses(word, language == null ? Language.NL : language);
        return s.known() && (language == null || s.language() == language);
    }

    /**
     * What the dictionaries say of a word: its language's first, then the other's; Dutch first while
     * the question's language is not yet known (null), as {@link #knows} reads it.
     */
    Senses senses(String word, Language language) {
        Senses found = Senses.NONE;
        if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
            Language first = language == null ? Language.NL : language;
            Map<String, Senses> known = cache.get(first);
            found = known.get(word);
            if (found == null) {
                found = lookUp(word, first);
                if (known.size() >= CACHED_WORDS) {
                    known.clear();
                }
                known.put(word, found);
            }
        }
        return found;
    }

    private Senses lookUp(String word, Language language) {
        Senses s = inDictionary(word, language);
        if (!s.known()) {
            s = inDictionary(word, language == Language.NL ? Language.EN : Language.NL);
        }
        return s;
    }

    private Senses inDictionary(String word, Language language) {
        ThreadLocal<DictionaryLookup> lookup = lookups.get(language);
        if (lookup == null) {
            return Senses.NONE;
        }
        Senses s = senses(lookup.get().lookup(word), language);
        if (!s.known()) { // names and English months are capitalised in the dictionaries
            s = senses(lookup.get().lookup(Character.toUpperCase(word.charAt(0)) + word.substring(1)), language);
        }
        return s;
    }

    private Senses senses(List<WordData> readings, Language language) {
        PosDictionary dictionary = dictionaries.get(language);
        Map<String, PartOfSpeech> parts = partByTag.get(language);
        int found = 0;
        List<String> lemmas = new ArrayList<>(2);
        List<String> adjectives = new ArrayList<>(1);
        List<String> others = new ArrayList<>(1);
        for (WordData reading : readings) {
            CharSequence tag = reading.getTag();
            PartOfSpeech part = tag == null ? null : parts.computeIfAbsent(tag.toString(), dictionary::of);
            if (part == null) {
                continue;
            }
            found |= 1 << part.ordinal();
            boolean nominal = part == PartOfSpeech.NOUN || part == PartOfSpeech.NAME;
            String lemma = reading.getStem().toString().toLowerCase(Locale.ROOT);
            List<String> into = nominal ? lemmas : part == PartOfSpeech.ADJECTIVE ? adjectives : others;
            if (!into.contains(lemma)) {
                into.add(lemma);
            }
        }
        return found == 0 ? Senses.NONE : new Senses(found, List.copyOf(lemmas), List.copyOf(adjectives), List.copyOf(others), language);
    }
}
