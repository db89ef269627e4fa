package be.duaalbot.query;

import be.duaalbot.data.Language;
import be.duaalbot.data.PartOfSpeech;
import be.duaalbot.data.WordClass;
import java.util.List;

/**
 * The named rules that say what kind a word no term covers is, tried in order: a typo read as a
 * term, a number, a stop word, a month; then the part-of-speech dictionary decides. Only a noun,
 * a name or a word no dictionary knows can name the subject of a question (content); verbs,
 * adverbs, function words, months and adjectives are how it is asked (everyday words), except an adjective that
 * narrows the companies asked about ("grote bedrijven", "large companies"), unless the lexicon
 * lists it as one that does not ("extra", "bijkomende"). A word both noun and adjective
 * ("extra", "familiale") is the adjective before a noun, the noun elsewhere.
 */
final class WordKinds {
    /** The rule that reads an imperative ("geef", "toon") opening a clause as how something is asked. */
    static final String VERB_OPENING = "a verb opening its clause";
    /** The rule that reads a verb as a noun: such a word is a subject as firmly as a noun that is no verb. */
    static final String NOMINAL_INFINITIVE = "an infinitive after an article";
    private final Vocabulary vocabulary;
    private final WordKnowledge knowledge;

    WordKinds(Vocabulary vocabulary, WordKnowledge knowledge) {
        this.vocabulary = vocabulary;
        this.knowledge = knowledge;
    }

    /**
     * A word of a name whose name the question has already given ("brussel gewest": "gewest" of
     * Brussels H. Gewest) says nothing more; one left over from no name given ("erkenningen brabant")
     * is part of a name not recognised: a subject, asked back or refused, never passed over.
     */
    private boolean namedAlready(LeftoverClassifier.Place p) {
        for (Match m : p.at()) {
            if (m != null && (m.kind() == Kind.MEMBER || m.kind() == Kind.GROUP) && vocabulary.inNameOf(m.term().key(), p.word())) {
                return true;
            }
        }
        return false;
    }

    List<LeftoverClassifier.KindRule> rules() {
        return List.of(
                rule("typo", p -> p.at()[p.i()] != null ? Leftover.WordClass.TYPO : null),
                rule("number", p -> isNumber(p.word()) ? Leftover.WordClass.NUMBER : null),
                rule("a gloss in brackets", p -> p.glossed()[p.i()] ? Leftover.WordClass.FILLER : null),
                rule("part of a name", p -> !vocabulary.onlyInNames(p.word()) ? null
                        : namedAlready(p) ? Leftover.WordClass.FILLER : Leftover.WordClass.CONTENT),
                rule("stop word", p -> p.word().length() <= 1 || vocabulary.isStopword(p.word())
                        || vocabulary.isFiller(p.word()) && !namedByArticle(p) ? Leftover.WordClass.FILLER : null),
                rule("month", p -> knowledge.words(WordClass.MONTHS).contains(p.word()) ? Leftover.WordClass.EVERYDAY : null),
                rule("a verb by its ending", p -> !senses(p).known() && knowledge.inflectedVerb(p.word()) ? Leftover.WordClass.EVERYDAY : null),
                rule("unknown to the dictionaries", p -> !senses(p).known() ? Leftover.WordClass.CONTENT : null),
                rule("function word or adverb", p -> senses(p).is(PartOfSpeech.FUNCTION) || senses(p).is(PartOfSpeech.ADVERB)
                        ? Leftover.WordClass.EVERYDAY : null),
                rule("adjective of a company noun", p -> senses(p).is(PartOfSpeech.ADJECTIVE) && !plain(p) && beforeCompanies(p)
                        ? Leftover.WordClass.CONTENT : null),
                rule("noun of a year", p -> senses(p).nominal() && ofAYear(p) ? Leftover.WordClass.EVERYDAY : null),
                rule(VERB_OPENING, p -> commandVerb(p) && opensClause(p) ? Leftover.WordClass.EVERYDAY : null),
                rule("verb after a verb", p -> senses(p).is(PartOfSpeech.VERB) && afterVerb(p) ? Leftover.WordClass.EVERYDAY : null),
                rule("adjective before a noun", p -> senses(p).is(PartOfSpeech.ADJECTIVE) && beforeNoun(p)
                        ? Leftover.WordClass.EVERYDAY : null),
                rule("a word of attribution", p -> knowledge.isA(p.word(), WordClass.ATTRIBUTION, p.language()) ? Leftover.WordClass.EVERYDAY : null),
                rule("a noun before a clause about it", p -> senses(p).nominal() && beforeClause(p) ? Leftover.WordClass.EVERYDAY : null),
                // "het rekeningrijden": an infinitive after an article is used as a noun, a subject like any other
                rule(NOMINAL_INFINITIVE, p -> infinitive(p) && afterArticle(p) ? Leftover.WordClass.CONTENT : null),
                rule("noun or name", p -> senses(p).nominal() ? Leftover.WordClass.CONTENT : null),
                rule("verb, adjective or number word", p -> Leftover.WordClass.EVERYDAY));
    }

    private static LeftoverClassifier.KindRule rule(String name, java.util.function.Function<LeftoverClassifier.Place, Leftover.WordClass> f) {
        return new LeftoverClassifier.KindRule(name, f);
    }

    private boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit) || vocabulary.number(word) != null;
    }

    private WordKnowledge.Senses senses(LeftoverClassifier.Place p) {
        return knowledge.senses(p.word(), p.language());
    }

    /** An adjective the lexicon says does not narrow which companies are meant ("extra", "bijkomende"). */
    private boolean plain(LeftoverClassifier.Place p) {
        if (knowledge.words(WordClass.PLAIN_ADJECTIVES).contains(p.word())) {
            return true;
        }
        java.util.Set<String> plain = knowledge.words(WordClass.PLAIN_ADJECTIVES);
        return knowledge.adjectiveLemmas(p.word(), p.language()).stream().anyMatch(plain::contains);
    }

    /**
     * The next word (or the word after the term that follows) is a company noun: "grote bedrijven",
     * "large companies", "grote erkende bedrijven".
     */
    private boolean beforeCompanies(LeftoverClassifier.Place p) {
        int j = p.after();
        if (j < 0) {
            return false;
        }
        int end = p.at()[j] != null ? p.at()[j].end() : j + 1;
        for (int k = j; k <= end && k < p.words().size() && p.clauses()[k] == p.clauses()[p.i()]; k++) {
            if (knowledge.isA(p.words().get(k), WordClass.COMPANY_NOUNS, p.language())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names a year, not what is asked: before a year word, or a word before one ("the covid school
     * year"), or a compound ending in one ("het coronajaar"); or after a year word and its link ("het
     * jaar van de eerste lockdown", "the year of the first lockdown").
     */
    private boolean ofAYear(LeftoverClassifier.Place p) {
        java.util.Set<String> years = knowledge.words(WordClass.YEAR_WORDS);
        List<String> w = p.words();
        boolean before = p.i() + 1 < w.size() && years.contains(w.get(p.i() + 1))
                || p.i() + 2 < w.size() && years.contains(w.get(p.i() + 2)) && senses(p).nominal();
        return before || afterYearLink(p) || years.stream().anyMatch(y -> p.word().length() > y.length() + 2 && p.word().endsWith(y));
    }

    /** "jaar van de eerste lockdown": back past articles, stop words and adjectives to a date link right after a year word. */
    private boolean afterYearLink(LeftoverClassifier.Place p) {
        List<String> w = p.words();
        int j = p.i() - 1;
        while (j >= 0 && p.i() - j <= 3 && !knowledge.words(WordClass.DATE_LINKS).contains(w.get(j))
                && (vocabulary.isStopword(w.get(j)) || knowledge.senses(w.get(j), p.language()).is(PartOfSpeech.ADJECTIVE))) {
            j--;
        }
        return j >= 1 && knowledge.words(WordClass.DATE_LINKS).contains(w.get(j)) && knowledge.words(WordClass.YEAR_WORDS).contains(w.get(j - 1));
    }

    /** A verb that is also a singular noun: "zet", "sort" (not "aanvragen", also the plural of "aanvraag"). */
    private boolean commandVerb(LeftoverClassifier.Place p) {
        WordKnowledge.Senses s = senses(p);
        return s.is(PartOfSpeech.VERB) && s.nominal() && s.lemmas().contains(p.word()); // a verb alone: the last rule
    }

    /** The first word of its clause, stop words no term covers before it aside: a verb there is a command ("zet ... in volgorde", "rank ..."). */
    private boolean opensClause(LeftoverClassifier.Place p) {
        for (int j = p.i() - 1; j >= 0 && p.clauses()[j] == p.clauses()[p.i()]; j--) {
            if (p.at()[j] != null || !vocabulary.isStopword(p.words().get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Right after a verb or "to", adverbs between: the word is a verb too ("did sign", "did quickly sign", "hebben getekend"). */
    private boolean afterVerb(LeftoverClassifier.Place p) {
        for (int j = p.i() - 1; j >= 0 && p.clauses()[j] == p.clauses()[p.i()]; j--) {
            String before = p.words().get(j);
            WordKnowledge.Senses s = knowledge.senses(before, p.language());
            if (s.is(PartOfSpeech.ADVERB) && !s.is(PartOfSpeech.VERB) && !s.nominal()) {
                continue;
            }
            return before.equals("to") || s.is(PartOfSpeech.VERB) && !s.nominal();
        }
        return false;
    }

    /** The next word is a term, or only a noun or name: the word modifies it ("extra overeenkomsten", not "weather like"). */
    /**
     * "the next train from Antwerp": a word of some term of the data ("train a student"), not matched
     * as one here, that the dictionary has as a noun and that follows an article (stop words between)
     * names a thing: it is no filler, so it can be a subject the data lacks.
     */
    private boolean namedByArticle(LeftoverClassifier.Place p) {
        if (!senses(p).nominal() || vocabulary.isNameOf(p.word(), Language.NL) || vocabulary.isNameOf(p.word(), Language.EN)) {
            return false; // a word of a name ("partnerschap") is read with that name's rules
        }
        for (int j = p.i() - 1; j >= 0 && p.i() - j <= 2; j--) {
            String w = p.words().get(j);
            if (knowledge.words(WordClass.ARTICLES).contains(w)) {
                return true;
            }
            if (!vocabulary.isStopword(w) || p.at()[j] != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * "in de wetenschap dat die cijfers onvolledig zijn", "given the fact that ...": a noun after an
     * article, right before a word that opens a clause about it, says how the question is put.
     */
    private boolean beforeClause(LeftoverClassifier.Place p) {
        List<String> w = p.words();
        return p.i() + 1 < w.size() && knowledge.words(WordClass.COMPLEMENTIZERS).contains(w.get(p.i() + 1))
                && p.i() > 0 && knowledge.words(WordClass.ARTICLES).contains(w.get(p.i() - 1));
    }

    private boolean beforeNoun(LeftoverClassifier.Place p) {
        int j = p.after();
        if (j < 0 || p.at()[j] != null) {
            return j >= 0;
        }
        WordKnowledge.Senses next = knowledge.senses(p.words().get(j), p.language());
        return next.nominal() && !next.is(PartOfSpeech.VERB) && !next.is(PartOfSpeech.FUNCTION) && !next.is(PartOfSpeech.ADVERB);
    }

    /** The word is a verb's own lemma: an infinitive ("rekeningrijden"), not an inflected form ("getekend"). */
    private boolean infinitive(LeftoverClassifier.Place p) {
        WordKnowledge.Senses s = senses(p);
        return s.is(PartOfSpeech.VERB) && s.otherLemmas().contains(p.word());
    }

    /**
     * Right after an article that is no determiner ("het", "een"; not "die", "de", "the", which also
     * open a clause or a plural: "bedrijven die instappen"), in the same clause.
     */
    private boolean afterArticle(LeftoverClassifier.Place p) {
        int j = p.i() - 1;
        String before = j >= 0 ? p.words().get(j) : "";
        return j >= 0 && p.clauses()[j] == p.clauses()[p.i()] && p.at()[j] == null
                && knowledge.words(WordClass.ARTICLES).contains(before) && !knowledge.words(WordClass.DETERMINERS).contains(before);
    }
}
