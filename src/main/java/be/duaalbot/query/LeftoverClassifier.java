package be.duaalbot.query;

import be.duaalbot.data.Language;
import be.duaalbot.data.Role;
import be.duaalbot.data.WordClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stage after term matching: every word no term covers exactly is classified (see
 * {@link Leftover}), so that the parser can refuse to drop a word that names what is asked.
 * Two lists of named rules decide (Duckling style, each with examples in the corpus,
 * {@code leftover-rules.txt}): what kind of word it is, by the lexicon and the part-of-speech
 * dictionary (only a noun, a name, a word no dictionary knows, or an adjective narrowing the
 * companies asked about can be content); and whether a content word is attached to what is asked.
 * A clause is "asking" when it holds a measure or a question word; the clauses before the
 * first asking one are a preamble ("ik werk bij een federatie en schrijf een nota:"), whose
 * unknown words say who asks, not what.
 */
final class LeftoverClassifier {
    /**
     * One word no term covers exactly, in its question: its neighbours within the clause (-1 when
     * none); {@code glossed} marks the words a name in brackets beside them glosses (see {@link BracketGlosses}).
     */
    record Place(List<String> words, Match[] at, int[] clauses, boolean[] glossed, int i, int before, int after, Language language) {
        String word() {
            return words.get(i);
        }
    }

    /** A named rule: the kind of a word, or null when it does not apply. */
    record KindRule(String name, Function<Place, Leftover.WordClass> decide) { }

    /** A named rule: whether a content word names part of what is asked. */
    record AttachRule(String name, Predicate<Place> applies) { }

    /** Words that let the next one name part of the subject: "welke X", "top 5 X"; "hoeveel X", not "een cijfer X". */
    private static final Set<Role> LEADING = EnumSet.of(Role.WHICH, Role.TOP, Role.BOTTOM);
    private static final Set<Role> ASKING = EnumSet.of(Role.QUANTITY, Role.WHICH, Role.WHICH_YEAR, Role.TOP, Role.BOTTOM,
            Role.PERCENT, Role.SHARE, Role.CONVERSION, Role.SUM, Role.COMPARE, Role.RISE, Role.FALL, Role.CHANGE, Role.TREND);

    /** The attachment of the content words of a heading of their own ("schoonmaak: ..."). */
    static final String HEADING = "the heading of the question";
    /** The most words (articles aside) a heading of its own has. */
    private static final int MAX_HEADING = 2;

    private final WordKnowledge knowledge;
    /** The first words of corrections of two words ("ik bedoel"), so no pair is built for any other word. */
    private final Set<String> correctionStarts = new java.util.HashSet<>();
    private final List<KindRule> kinds;
    private final List<AttachRule> attachments;

    LeftoverClassifier(Vocabulary vocabulary, WordKnowledge knowledge) {
        this.knowledge = knowledge;
        knowledge.words(WordClass.CORRECTIONS).stream().filter(w -> w.contains(" ")).forEach(w -> correctionStarts.add(w.substring(0, w.indexOf(' '))));
        this.kinds = new WordKinds(vocabulary, knowledge).rules();
        this.attachments = List.of(
                new AttachRule("after a name outside the data", p -> is(p.at(), p.before(), Kind.OUTSIDE) || is(p.at(), p.before(), Kind.PLACE)),
                new AttachRule("before a name, a measure or a company word", p -> modifies(p, p.after())),
                new AttachRule("after a breakdown word", p -> is(p.at(), p.before(), Kind.BREAKDOWN)),
                new AttachRule("after a leading word", p -> leads(p.at(), p.before())),
                new AttachRule("after a counting word", p -> p.before() >= 0 && has(WordClass.COUNTING, p.words().get(p.before()))),
                new AttachRule("after a scoping word", p -> p.before() >= 0
                        && knowledge.isA(p.words().get(p.before()), WordClass.SCOPING, p.language())),
                new AttachRule("after a locative", p -> p.before() >= 0 && p.at()[p.before()] == null
                        && has(WordClass.LOCATIVE, p.words().get(p.before()))),
                new AttachRule("joined to a name", p -> joinedToName(p, p.before(), -1) || joinedToName(p, p.after(), 1)));
    }

    List<Leftover> classify(List<String> words, int[] clauses, boolean[] glossed, List<Match> matches, Language language) {
        Match[] at = new Match[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(at, m.start(), m.end(), m));
        int firstAsking = firstAsking(words, clauses, matches);
        List<Leftover> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (at[i] != null && at[i].edits() == 0) {
                continue;
            }
            Place p = new Place(words, at, clauses, glossed, i, neighbour(words, clauses, i, -1), neighbour(words, clauses, i, 1), language);
            String rule = null;
            Leftover.WordClass kind = null;
            for (int r = 0; kind == null; r++) { // each rule decided once; the last always applies
                kind = kinds.get(r).decide().apply(p);
                rule = kinds.get(r).name();
            }
            AttachRule attached = kind == Leftover.WordClass.CONTENT ? attachment(p) : null;
            boolean asking = clauses[i] >= firstAsking || headingSubject(attached, words, clauses, i);
            out.add(new Leftover(words.get(i), i, kind, asking, rule, attached == null ? null : attached.name()));
        }
        return headings(out, words, clauses, at, firstAsking, language);
    }

    /**
     * "schoonmaak: hoeveel erkende bedrijven ...", "schoonmaaksector: ...": a clause before the asking
     * one of one or two words (articles aside), content words or names, with no verb and no word of
     * the asker, is the question's heading: its words are what is asked, never dropped so that the
     * total answers. A longer clause ("voor een artikel over de horeca na corona:") stays a preamble,
     * and one taken back ("Wie viele Firmen... sorry, how many ...") is no heading.
     */
    private List<Leftover> headings(List<Leftover> leftovers, List<String> words, int[] clauses, Match[] at, int firstAsking,
                                    Language language) {
        List<Leftover> out = new ArrayList<>(leftovers);
        for (int clause = retracted(words, clauses) + 1; clause < firstAsking; clause++) {
            List<Leftover> content = new ArrayList<>();
            int length = 0;
            for (int i = 0; i < words.size(); i++) {
                length += clauses[i] == clause && !has(WordClass.ARTICLES, words.get(i)) ? 1 : 0;
            }
            boolean bare = !aboutTheAsker(words, clauses, clause) && length <= MAX_HEADING;
            for (Leftover l : leftovers) {
                if (clauses[l.index()] != clause || l.kind() == Leftover.WordClass.FILLER || has(WordClass.ARTICLES, l.word())) {
                    continue;
                }
                bare &= (l.isContent() || nounOpening(l, language)) && (at[l.index()] == null || at[l.index()].edits() > 0);
                content.add(l);
            }
            if (bare && !content.isEmpty()) {
                content.forEach(l -> out.set(out.indexOf(l), new Leftover(l.word(), l.index(), Leftover.WordClass.CONTENT, true, l.kindRule(), HEADING)));
            }
        }
        return out;
    }

    /** The first attachment rule that applies to a content word, or null when none: then it is not attached. */
    private AttachRule attachment(Place p) {
        for (AttachRule r : attachments) {
            if (r.applies().test(p)) {
                return r;
            }
        }
        return null;
    }

    /** The names of the rules, kinds first, in the order they are tried. */
    List<String> names() {
        List<String> names = new ArrayList<>(kinds.stream().map(KindRule::name).toList());
        attachments.forEach(r -> names.add(r.name()));
        names.add(HEADING);
        return names;
    }

    /**
     * The first clause that asks; one that speaks of the asker ("ik zit bij de Confederatie Bouw en
     * had een cijfer nodig:") is preamble when a later clause asks.
     */
    int firstAsking(List<String> words, int[] clauses, List<Match> matches) {
        int retracted = retracted(words, clauses); // "Wie viele Firmen... sorry, how many ...": what came before is taken back
        List<Integer> asking = matches.stream().filter(LeftoverClassifier::asks).map(m -> clauses[m.start()])
                .filter(c -> c > retracted).distinct().toList();
        for (int i = 0; i < asking.size(); i++) {
            if (i == asking.size() - 1 || !aboutTheAsker(words, clauses, asking.get(i))) {
                return asking.get(i);
            }
        }
        return 0;
    }

    /** The last clause before that of the last correction word ("sorry", "ik bedoel"): -1 when none. */
    private int retracted(List<String> words, int[] clauses) {
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            boolean two = i + 1 < words.size() && correctionStarts.contains(words.get(i))
                    && has(WordClass.CORRECTIONS, words.get(i) + " " + words.get(i + 1));
            if (has(WordClass.CORRECTIONS, words.get(i)) || two) {
                last = clauses[i] - 1;
            }
        }
        return last;
    }

    static boolean asks(Match m) {
        return m.kind() == Kind.MEASURE || m.kind() == Kind.WORD && Role.of(m.key()).map(ASKING::contains).orElse(false);
    }

    /**
     * "the cleaning industry: recognised companies ...", "what about the cleaning industry: ...": a
     * content word before a name, a measure or a company word in a clause before the asking one is
     * its heading, what is asked, unless that clause speaks of the asker ("ik werk in de bouwsector:").
     */
    private boolean headingSubject(AttachRule attached, List<String> words, int[] clauses, int i) {
        return attached == attachments.get(1) && !aboutTheAsker(words, clauses, clauses[i]);
    }

    /** "schoonmaak:": read as a verb opening its clause, but a noun too, which is what a heading of its own is. */
    private boolean nounOpening(Leftover l, Language language) {
        return l.kind() == Leftover.WordClass.EVERYDAY && WordKinds.VERB_OPENING.equals(l.kindRule()) && knowledge.senses(l.word(), language).nominal();
    }

    private boolean aboutTheAsker(List<String> words, int[] clauses, int clause) {
        for (int i = 0; i < words.size(); i++) {
            if (clauses[i] == clause && has(WordClass.ASKER, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean has(WordClass c, String word) {
        return knowledge.words(c).contains(word);
    }

    private static boolean is(Match[] at, int j, Kind kind) {
        return j >= 0 && at[j] != null && at[j].kind() == kind;
    }

    private static boolean names(Match[] at, int j) {
        return is(at, j, Kind.MEMBER) || is(at, j, Kind.GROUP) || is(at, j, Kind.BREAKDOWN) || is(at, j, Kind.OUTSIDE) || is(at, j, Kind.PLACE);
    }

    /** Before a name, a measure or a company word, a word modifies it: "ICT-bedrijven", "kmo erkenningen". */
    private boolean modifies(Place p, int j) {
        if (names(p.at(), j) || is(p.at(), j, Kind.MEASURE)) {
            return true;
        }
        boolean domain = is(p.at(), j, Kind.WORD) && p.at()[j].key().equals(Role.DOMAIN.key());
        return domain || j >= 0 && p.at()[j] == null && knowledge.isA(p.words().get(j), WordClass.COMPANY_NOUNS, p.language());
    }

    private static boolean leads(Match[] at, int j) {
        return is(at, j, Kind.WORD) && Role.of(at[j].key()).map(LEADING::contains).orElse(false);
    }

    private boolean joinedToName(Place p, int j, int step) {
        if (j < 0 || !has(WordClass.JOINING, p.words().get(j))) {
            return false;
        }
        int k = neighbour(p.words(), p.clauses(), j, step);
        return is(p.at(), k, Kind.MEMBER) || is(p.at(), k, Kind.GROUP) || is(p.at(), k, Kind.OUTSIDE) || is(p.at(), k, Kind.PLACE);
    }

    /** The nearest word in that direction within the clause, past articles and small numbers; -1 when none. */
    private int neighbour(List<String> words, int[] clauses, int i, int step) {
        for (int j = i + step; j >= 0 && j < words.size() && clauses[j] == clauses[i]; j += step) {
            String w = words.get(j);
            if (!has(WordClass.ARTICLES, w) && !(w.length() <= 3 && w.chars().allMatch(Character::isDigit))) {
                return j;
            }
        }
        return -1;
    }
}
