package be.duaalbot.query;

import be.duaalbot.data.Language;
import be.duaalbot.data.WordClass;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the name a word stands for when no term is written that way: by the lemma the
 * part-of-speech dictionary gives ("kappers": "kapper"), by its Snowball stem for words no
 * dictionary has, or as a Dutch compound of a name and a head that names companies or a sector
 * ("horecazaken", "confectieateliers", "zorgorganisaties" with head "organisatie"), with a linking
 * letter between them. The heads are the lexicon's company and sector nouns, as lemmas; the
 * dictionary gives a head's lemma ("zaken": "zaak"), so no inflection is listed. Lucene's
 * dictionary compound filter was not used: it lists every dictionary fragment of a token (also
 * "bouw" in "bouwvakantie") without saying which is the head, where only a name followed by a
 * head may be read as the name.
 */
final class Morphology {
    private static final int MIN_STEM = 4;
    private static final int MIN_PART = 3;

    private final Map<Language, Map<String, Term>> byStem = new java.util.EnumMap<>(Language.class);
    /** The first two letters of every head, lemma or inflected: a split is only looked up when its head starts so. */
    private final Set<String> headStarts = new HashSet<>();
    private final Vocabulary vocabulary;
    private final WordKnowledge knowledge;
    /** The linking letters, shortest first ("", "s", "e", "en"), so a name written whole is tried first. */
    private final java.util.List<String> links;

    Morphology(Vocabulary vocabulary, WordKnowledge knowledge) {
        this.vocabulary = vocabulary;
        this.knowledge = knowledge;
        for (Term t : vocabulary.oneWordNames()) {
            String stem = Stemmer.stem(t.words().get(0), t.language());
            if (stem.length() >= MIN_STEM) {
                byStem.computeIfAbsent(t.language(), l -> new HashMap<>()).putIfAbsent(stem, t);
            }
        }
        this.links = knowledge.words(WordClass.COMPOUND_LINKS).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder())).toList();
        for (WordClass c : new WordClass[] {WordClass.COMPANY_NOUNS, WordClass.COMPOUND_HEADS}) {
            knowledge.words(c).stream().filter(w -> w.length() >= 2).forEach(w -> headStarts.add(w.substring(0, 2)));
        }
    }

    /** The one-word name whose word is the lemma of one of this word's noun readings, or null. */
    Term byLemma(String word, Language language) {
        for (String lemma : knowledge.senses(word, language).lemmas()) {
            Term t = oneWordName(lemma);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * A name outside the data that is the lemma of the word ("stopgezet": "stopzetten"), so the
     * lexicon lists the lemma and every form of it is read: a noun's lemma only when the listed word
     * is a noun, a verb's only when it is a verb and no noun in its own right ("mentored" is no
     * "mentor", the person; "aangevraagd" is "aanvragen", whose noun reading is the plural of
     * "aanvraag"); never a listed word that is the plural of another listed one
     * ("bedragen", amounts, beside "bedrag", is no lemma of "bedroeg").
     */
    Term outsideByLemma(String word, Language language) {
        WordKnowledge.Senses senses = knowledge.senses(word, language);
        Term t = outside(senses.lemmas(), word, language, true);
        return t != null ? t : outside(senses.otherLemmas(), word, language, false);
    }

    private Term outside(java.util.List<String> lemmas, String word, Language language, boolean noun) {
        for (String lemma : lemmas) {
            WordKnowledge.Senses listed = knowledge.senses(lemma, language);
            // a verb's lemma: the listed word is a verb and no noun in its own right ("mentor" is the person)
            boolean same = noun ? listed.nominal() : listed.is(be.duaalbot.data.PartOfSpeech.VERB) && !listed.lemmas().contains(lemma);
            // "bedragen" is listed as the plural of "bedrag", also listed: it is no verb lemma of "bedroeg"
            boolean pluralOfListed = listed.lemmas().stream().anyMatch(l -> !l.equals(lemma) && outsideTerm(l) != null);
            Term t = outsideTerm(lemma);
            if (!lemma.equals(word) && same && !pluralOfListed && t != null) {
                return t;
            }
        }
        return null;
    }

    private Term outsideTerm(String word) {
        for (Term t : vocabulary.startingWith(word)) {
            if (t.words().size() == 1 && t.kind() == Kind.OUTSIDE) {
                return t;
            }
        }
        return null;
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
    Term compound(String word, Language language) {
        for (int split = word.length() - MIN_PART; split >= MIN_PART; split--) {
            if (isHead(word.substring(split), language)) {
                Term name = name(word.substring(0, split));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * True when the word is the given first part, a linking letter and a head ("profitorganisaties":
     * "profit" and "organisatie"), the last word of a name written as one with its head.
     */
    boolean headed(String word, String first, Language language) {
        if (!word.startsWith(first) || first.length() < MIN_PART) {
            return false;
        }
        for (String link : links) {
            int at = first.length() + link.length();
            if (word.length() - at >= MIN_PART && word.startsWith(link, first.length()) && isHead(word.substring(at), language)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word, or the lemma the dictionary gives it, is a company or sector noun ("zaken": "zaak"). */
    private boolean isHead(String part, Language language) {
        if (!headStarts.contains(part.substring(0, 2))) {
            return false; // most splits are no word at all: no look-up for them
        }
        return knowledge.isA(part, WordClass.COMPANY_NOUNS, language) || knowledge.isA(part, WordClass.COMPOUND_HEADS, language);
    }

    private Term name(String modifier) {
        for (String link : links) {
            if (!modifier.endsWith(link) || modifier.length() - link.length() < MIN_PART) {
                continue;
            }
            String stem = modifier.substring(0, modifier.length() - link.length());
            Term t = oneWordName(stem);
            if (t == null) {
                t = byStem(stem);
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private Term oneWordName(String word) {
        for (Term t : vocabulary.startingWith(word)) {
            if (t.words().size() == 1 && t.kind() != Kind.WORD && t.kind() != Kind.OUTSIDE) {
                return t;
            }
        }
        return null;
    }
}
