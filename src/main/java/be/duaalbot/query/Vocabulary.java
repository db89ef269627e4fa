package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every term of every lexicon, tokenised the way questions are, and indexed by first word.
 * Built once from the data; read by any number of threads.
 */
final class Vocabulary {
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final java.util.TreeSet<String> firstWords = new java.util.TreeSet<>();
    private final List<List<String>> byLength = new ArrayList<>();
    private final List<long[]> masksByLength = new ArrayList<>();
    private final Set<String> knownWords = new HashSet<>();
    /** The words of each member's and group's names, by its key. */
    private final Map<String, Set<String>> wordsOfName = new HashMap<>();
    private final Map<Language, Set<String>> stopwords = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Language, Set<String>> languageWords = new HashMap<>();
    private final Map<Language, Set<String>> nameWords = new HashMap<>();
    private final Set<String> hints = new HashSet<>();
    private final Set<String> outsideWords = new HashSet<>();
    /** Per stop word, -1 when only Dutch has it, 1 when only English does (a word both have is not here). */
    private final Map<String, Integer> stopwordSide = new HashMap<>();
    /** Places by the first word of each spelling, apart from the terms: only ever matched as written. */
    private final Map<String, List<Term>> placesByFirstWord = new HashMap<>();
    private final Set<String> placeSpellings = new HashSet<>();

    Vocabulary(Dataset data, Normalizer normalizer) {
        for (be.duaalbot.data.Place place : data.places().all()) {
            for (String spelling : place.spellings()) {
                List<String> words = Tokenizer.tokens(normalizer.normalize(spelling));
                if (!words.isEmpty() && placeSpellings.add(String.join(" ", words))) {
                    placesByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Term(words, Kind.PLACE, place.name(), Language.NL));
                }
            }
        }
        for (Lexicon lexicon : data.lexicons().values()) {
            Language lang = lexicon.language();
            add(lexicon.measures(), Kind.MEASURE, lang, normalizer);
            add(lexicon.breakdowns(), Kind.BREAKDOWN, lang, normalizer);
            add(lexicon.members(), Kind.MEMBER, lang, normalizer);
            add(glossesIn(data, lang), Kind.MEMBER, lang, normalizer);
            add(lexicon.groups(), Kind.GROUP, lang, normalizer);
            add(lexicon.outsideData(), Kind.OUTSIDE, lang, normalizer);
            Map<String, List<String>> roles = new HashMap<>();
            lexicon.words().forEach((role, spellings) -> roles.put(role.key(), spellings));
            add(roles, Kind.WORD, lang, normalizer);
            Set<String> stops = new HashSet<>();
            lexicon.stopwords().forEach(w -> stops.addAll(Tokenizer.tokens(normalizer.normalize(w))));
            stopwords.put(lang, stops);
            languageWords.computeIfAbsent(lang, l -> new HashSet<>()).addAll(stops);
            for (String hint : lexicon.languageHints()) {
                List<String> words = Tokenizer.tokens(normalizer.normalize(hint));
                languageWords.get(lang).addAll(words);
                knownWords.addAll(words); // an everyday word is never a typo of a term
                hints.addAll(words);
            }
            knownWords.addAll(stops);
            lexicon.numbers().forEach((word, n) -> numbers.put(normalizer.normalize(word), n));
        }
        knownWords.addAll(numbers.keySet());
        stopwords.forEach((lang, words) -> words.forEach(w -> stopwordSide.merge(w, lang == Language.EN ? 1 : -1, (a, b) -> 0)));
        stopwordSide.values().removeIf(v -> v == 0);
        firstWords.addAll(byFirstWord.keySet());
        for (String first : byFirstWord.keySet()) {
            while (byLength.size() <= first.length()) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(first.length()).add(first);
        }
        for (List<String> words : byLength) {
            masksByLength.add(words.stream().mapToLong(Vocabulary::letters).toArray());
        }
    }

    private void add(Map<String, List<String>> terms, Kind kind, Language lang, Normalizer normalizer) {
        terms.forEach((key, spellings) -> {
            for (String spelling : spellings) {
                List<String> words = Tokenizer.tokens(normalizer.normalize(spelling));
                if (words.isEmpty() || kind == Kind.OUTSIDE && placeSpellings.contains(String.join(" ", words))) {
                    continue; // a place of the places file says where it lies, which a name outside the data cannot
                }
                Term term = new Term(words, kind, key, lang);
                List<Term> same = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
                if (same.contains(term)) {
                    continue; // a gloss that the lexicon also lists
                }
                same.add(term);
                knownWords.addAll(words);
                if (kind == Kind.OUTSIDE) {
                    outsideWords.addAll(words);
                }
                if (kind != Kind.MEMBER && kind != Kind.GROUP) {
                    languageWords.computeIfAbsent(lang, l -> new HashSet<>()).addAll(words);
                } else {
                    nameWords.computeIfAbsent(lang, l -> new HashSet<>()).addAll(words);
                    wordsOfName.computeIfAbsent(key, k -> new HashSet<>()).addAll(words);
                }
            }
        });
    }

    /**
     * The display gloss of each member in this language ("construction" for Bouw), read as one more
     * name of it: the name a reply shows is then always a name the bot understands, and a new
     * gloss needs no synonym beside it.
     */
    private static Map<String, List<String>> glossesIn(Dataset data, Language lang) {
        Map<String, List<String>> out = new HashMap<>();
        for (be.duaalbot.data.Glosses.Gloss g : data.glosses().all()) {
            if (g.language() == lang) {
                out.put(g.member(), List.of(g.text()));
            }
        }
        return out;
    }

    /** Every name of one word (measures, breakdowns, members, groups), for stemming and compounds. */
    List<Term> oneWordNames() {
        List<Term> out = new ArrayList<>();
        byFirstWord.values().forEach(terms -> terms.stream()
                .filter(t -> t.words().size() == 1 && t.kind() != Kind.WORD && t.kind() != Kind.OUTSIDE).forEach(out::add));
        return out;
    }

    /** First words of terms that begin with the given letters and are longer ("antw": antwerpen, antwerpse). */
    java.util.SortedSet<String> firstWordsBeginningWith(String prefix) {
        return firstWords.subSet(prefix + '\u0000', prefix + '\uffff');
    }

    List<Term> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** The places whose name (or another name of them) starts with this word. */
    List<Term> placesStartingWith(String word) {
        return placesByFirstWord.getOrDefault(word, List.of());
    }


    /**
     * First words of terms that a word with at most {@code edits} typos can be: of a length within
     * {@code edits}, and sharing all but {@code 2 × edits} of its letters (an edit adds or drops at
     * most one letter on each side), checked on precomputed letter masks before any distance.
     */
    List<String> firstWordsNear(String word, int edits) {
        long mask = letters(word);
        List<String> near = new ArrayList<>();
        int length = word.length();
        for (int n = Math.max(0, length - edits); n <= length + edits && n < byLength.size(); n++) {
            List<String> words = byLength.get(n);
            long[] masks = masksByLength.get(n);
            for (int i = 0; i < words.size(); i++) {
                if (Long.bitCount(mask ^ masks[i]) <= 2 * edits) {
                    near.add(words.get(i));
                }
            }
        }
        return near;
    }

    /** A bit per letter or digit the word has (letters a-z, digits, and one bit for anything else). */
    static long letters(String word) {
        long mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
            mask |= 1L << bit;
        }
        return mask;
    }

    /** True for any word of any term, stop word or number word: such a word is never a typo. */
    boolean isKnown(String word) {
        return knownWords.contains(word);
    }

    /** True for a word of the data's own terms or a stop word: a word that, alone, names nothing asked. */
    boolean isFiller(String word) {
        return isStopword(word) || knownWords.contains(word) && !hints.contains(word) && !outsideWords.contains(word);
    }

    /** A word only names have ("brabant", "gewest"), never a word of a measure, a breakdown or the language. */
    boolean onlyInNames(String word) {
        return nameWords.values().stream().anyMatch(w -> w.contains(word))
                && languageWords.values().stream().noneMatch(w -> w.contains(word));
    }

    /** The language whose stop words alone the question has more of, or null when neither has more. */
    Language stopwordLanguage(List<String> words) {
        int score = 0;
        for (int i = 0; i < words.size(); i++) {
            score += stopwordSide.getOrDefault(words.get(i), 0);
        }
        return score > 0 ? Language.EN : score < 0 ? Language.NL : null;
    }

    boolean isStopword(String word) {
        for (Set<String> words : stopwords.values()) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word belongs to the language's own words (not to a name of a sector or place). */
    boolean isWordOf(String word, Language lang) {
        return languageWords.getOrDefault(lang, Set.of()).contains(word);
    }

    /** True when one of the names of this member or group has the word ("gewest" of "Brussels H. Gewest"). */
    boolean inNameOf(String key, String word) {
        return wordsOfName.getOrDefault(key, Set.of()).contains(word);
    }

    /** True when the word is part of a sector's or place's name in this language's lexicon. */
    boolean isNameOf(String word, Language lang) {
        return nameWords.getOrDefault(lang, Set.of()).contains(word);
    }

    Integer number(String word) {
        return numbers.get(word);
    }

}
