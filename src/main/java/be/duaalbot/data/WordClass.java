package be.duaalbot.data;

import java.util.Optional;

/**
 * The named word classes a lexicon's {@code wordClasses} section may fill: everyday words the
 * reading rules look for, per language, as lemmas where they inflect ("bedrijf", not "bedrijven":
 * the dictionary gives the lemma). A key that is none of these is refused at load, naming the file.
 */
public enum WordClass {
    /** Words that ask a count: "hoeveel", "how many". */
    COUNTING("counting"),
    /** Nouns for companies: "bedrijf", "zaak", "company"; a compound ending in one names a kind of company. */
    COMPANY_NOUNS("companyNouns"),
    /**
     * Words that say a count is of something that exists, not of what takes part: "zijn er",
     * "telt" ("hoeveel gemeenten telt Vlaanderen"), "are there", "exist".
     */
    EXISTENCE("existence"),
    /** Words that widen a count to all, in dual learning or not: "al dan niet", "or not". */
    WHOLE_POPULATION("wholePopulation"),
    /**
     * Other nouns that, as a compound's last part, leave the first part naming what is asked:
     * "sector", "industrie", "centrum" ("fitnesscentra"), besides the company nouns.
     */
    COMPOUND_HEADS("compoundHeads"),
    /** The letters Dutch puts between the parts of a compound ("horeca-s-zaken"); the empty string for none. */
    COMPOUND_LINKS("compoundLinks"),
    /** Words after which the next names a scope the tables do not have: "de opleiding elektrotechnicus". */
    SCOPING("scoping"),
    /** Articles and demonstratives a neighbour is looked for past: "de", "the", "those". */
    ARTICLES("articles"),
    /** Words that join names: "en", "and", "+". */
    JOINING("joining"),
    /** Words that speak of the asker ("ik", "my"): a clause with one is a preamble when a later clause asks. */
    ASKER("asker"),
    /** Words after which a place follows: "in", "from". */
    LOCATIVE("locative"),
    /** Words for the data itself: "cijfers", "figures" ("in deze cijfers" asks no count). */
    DATA_WORDS("dataWords"),
    /** Words that point back at something said: "deze", "those". */
    DETERMINERS("determiners"),
    /** Words for a (school) year: "jaar", "year" ("laagste jaar" asks for a year, not a ranking). */
    YEAR_WORDS("yearWords"),
    /** The last word of "tot", "tot en met", "up to": a lone year right after one ends a range. */
    RANGE_ENDS("rangeEnds"),
    /** "het jaar ervoor", "the year before": the year before the one named. */
    YEAR_BEFORE("yearBefore"),
    /** Words before a year word that mean the year before the one named: "the previous year". */
    PREVIOUS("previousYear"),
    /** "het jaar na", "the year after": the year after the one named. */
    YEAR_AFTER("yearAfter"),
    /** Words that ask what a source said or hopes: "volgens", "media", "according". */
    ATTRIBUTION("attribution"),
    /**
     * Words for an amount of money, as lemmas: "budget", "verdienen", "earn". The tables count
     * companies, so such an amount is a passage's when one speaks of it, else no data.
     */
    MONEY("money"),
    /**
     * The months, their abbreviations and the seasons, written "name=number" ("oktober=10",
     * "voorjaar=4"): a date, never a subject.
     */
    MONTHS("months"),
    /** Words between a month or season and its year: "de herfst van 2021", "the end of 2021". */
    DATE_LINKS("dateLinks"),
    /** Adjectives that do not narrow which companies are meant ("extra", "bijkomend", "additional"). */
    PLAIN_ADJECTIVES("plainAdjectives"),
    /** The compass words of the provinces written with a shared part ("oost en west-vlaanderen"). */
    COMPASS("compass"),
    /** The region those compass words go with: "vlaanderen", "flanders". */
    COMPASS_REGIONS("compassRegions"),
    /** Words after which a place name that is also an everyday word is the place: "de gemeente Boom", "regio Gent". */
    PLACE_WORDS("placeWords"),
    /** Words that take back what came before: "sorry", "ik bedoel" ("Wie viele Firmen... sorry, how many ..."). */
    CORRECTIONS("corrections"),
    /** Words of negation, one to another alike when a topic's keywords are matched ("nooit" as "geen"). */
    NEGATIONS("negations"),
    /** Contractions spelled out, written "contraction=spelled out": "won't=will not", "n't= not". */
    CONTRACTIONS("contractions"),
    /**
     * Chat abbreviations spelled out, written "abbreviation=spelled out": "vr=voor", "gem=gemiddeld";
     * a whole word, with or without its full stop ("gem.").
     */
    ABBREVIATIONS("abbreviations"),
    /**
     * Words right before a number of years that make it a length of time, not the school years
     * asked: "na vijf jaar", "after five years", "within two years".
     */
    DURATION("duration"),
    /** Words before a number that make it a least amount, not one thing: "at least one agreement", "minstens één". */
    AT_LEAST("atLeast"),
    /**
     * Words that open a clause said of what comes before ("in de wetenschap dat", "the fact that"):
     * the noun right before one, after an article, names no subject.
     */
    COMPLEMENTIZERS("complementizers"),
    /** Words between a word for a place and its name: "the province of Liège", "de stad van Gent". */
    PLACE_LINKS("placeLinks");

    private final String key;

    WordClass(String key) {
        this.key = key;
    }

    /** The key as lexicon files write it. */
    public String key() {
        return key;
    }

    public static Optional<WordClass> of(String key) {
        return Keys.find(values(), WordClass::key, key);
    }
}
