package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stage after term matching: every word no term covers exactly is classified (see
 * {@link Leftover}), so that the parser can refuse to drop a word that names what is asked.
 * A clause is "asking" when it holds a measure or a question word; the clauses before the
 * first asking one are a preamble ("ik werk bij een federatie en schrijf een nota:"), whose
 * unknown words say who asks, not what.
 */
final class LeftoverClassifier {
    /** Words that let the next one name part of the subject: "welke X", "top 5 X"; "hoeveel X", not "een cijfer X". */
    private static final Set<Role> LEADING = EnumSet.of(Role.WHICH, Role.TOP, Role.BOTTOM);
    private static final Set<String> COUNTING = Set.of("hoeveel", "aantal", "many", "much");
    /** Words after which the next names a scope the tables do not have: "de opleiding elektrotechnicus". */
    private static final Set<String> SCOPING = Set.of("opleiding", "opleidingen", "richting", "richtingen", "beroep",
            "beroepen", "programme", "programmes", "program", "programs", "course", "courses", "occupation", "profession");
    private static final Set<Role> ASKING = EnumSet.of(Role.QUANTITY, Role.WHICH, Role.WHICH_YEAR, Role.TOP, Role.BOTTOM,
            Role.PERCENT, Role.SHARE, Role.CONVERSION, Role.SUM, Role.COMPARE, Role.RISE, Role.FALL, Role.CHANGE, Role.TREND);
    private static final Set<String> SKIPPED = Set.of("de", "het", "een", "the", "a", "an", "die", "deze", "those", "these");
    private static final Set<String> JOINING = Set.of("en", "and", "of", "or", "plus", "+", "&", "vs", "versus");
    private static final Set<String> ASKER = Set.of("ik", "wij", "we", "i", "im", "mijn", "onze", "my", "our");
    private static final Set<String> LOCATIVE = Set.of("in", "uit", "te", "from", "at", "rond", "around", "near");

    private final Vocabulary vocabulary;

    LeftoverClassifier(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Leftover> classify(List<String> words, int[] clauses, List<Match> matches) {
        Match[] at = new Match[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(at, m.start(), m.end(), m));
        int firstAsking = firstAsking(words, clauses, matches);
        List<Leftover> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (at[i] != null && at[i].edits() == 0) {
                continue;
            }
            boolean asking = clauses[i] >= firstAsking;
            Leftover.WordClass kind = kind(words.get(i), at[i]);
            boolean attached = kind == Leftover.WordClass.CONTENT && attached(words, at, clauses, i);
            out.add(new Leftover(words.get(i), i, kind, asking, attached));
        }
        return out;
    }

    private Leftover.WordClass kind(String word, Match typo) {
        if (typo != null) {
            return Leftover.WordClass.TYPO;
        }
        if (word.chars().allMatch(Character::isDigit) || vocabulary.number(word) != null) {
            return Leftover.WordClass.NUMBER;
        }
        if (word.length() <= 1 || vocabulary.isFiller(word)) {
            return Leftover.WordClass.FILLER;
        }
        return Leftover.WordClass.CONTENT;
    }

    /**
     * The first clause that asks; one that speaks of the asker ("ik zit bij de Confederatie Bouw en
     * had een cijfer nodig:") is preamble when a later clause asks.
     */
    static int firstAsking(List<String> words, int[] clauses, List<Match> matches) {
        List<Integer> asking = matches.stream().filter(LeftoverClassifier::asks).map(m -> clauses[m.start()]).distinct().toList();
        for (int i = 0; i < asking.size(); i++) {
            if (i == asking.size() - 1 || !aboutTheAsker(words, clauses, asking.get(i))) {
                return asking.get(i);
            }
        }
        return 0;
    }

    private static boolean asks(Match m) {
        return m.kind() == Kind.MEASURE || m.kind() == Kind.WORD && Role.of(m.key()).map(ASKING::contains).orElse(false);
    }

    private static boolean aboutTheAsker(List<String> words, int[] clauses, int clause) {
        for (int i = 0; i < words.size(); i++) {
            if (clauses[i] == clause && ASKER.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before a name, a measure or a company word ("ICT-bedrijven"); after "hoeveel", "in" or
     * "opleiding"; after a name outside the data ("gemiddelde duur"); joined to a name ("bouw en ICT").
     * Not after a name of the data: there a verb follows its subject ("Limburg eindigt", "horeca received").
     */
    private boolean attached(List<String> words, Match[] at, int[] clauses, int i) {
        int before = neighbour(words, clauses, i, -1);
        int after = neighbour(words, clauses, i, 1);
        return outside(at, before) || modifies(at, after) || leads(at, before)
                || before >= 0 && (COUNTING.contains(words.get(before)) || SCOPING.contains(words.get(before)))
                || before >= 0 && LOCATIVE.contains(words.get(before)) && at[before] == null
                || joinedToName(words, at, clauses, before, -1) || joinedToName(words, at, clauses, after, 1);
    }

    private static boolean outside(Match[] at, int j) {
        return j >= 0 && at[j] != null && at[j].kind() == Kind.OUTSIDE;
    }

    private static boolean names(Match[] at, int j) {
        if (j < 0 || at[j] == null) {
            return false;
        }
        Kind k = at[j].kind();
        return k == Kind.MEMBER || k == Kind.GROUP || k == Kind.BREAKDOWN || k == Kind.OUTSIDE;
    }

    /** Before a name, a measure or a company word, a word modifies it: "ICT-bedrijven", "kmo erkenningen". */
    private static boolean modifies(Match[] at, int j) {
        return names(at, j) || j >= 0 && at[j] != null && (at[j].kind() == Kind.MEASURE
                || at[j].kind() == Kind.WORD && at[j].key().equals(Role.DOMAIN.key()));
    }

    private static boolean leads(Match[] at, int j) {
        return j >= 0 && at[j] != null && at[j].kind() == Kind.WORD && Role.of(at[j].key()).map(LEADING::contains).orElse(false);
    }

    private boolean joinedToName(List<String> words, Match[] at, int[] clauses, int j, int step) {
        if (j < 0 || !JOINING.contains(words.get(j))) {
            return false;
        }
        int k = neighbour(words, clauses, j, step);
        return k >= 0 && at[k] != null && (at[k].kind() == Kind.MEMBER || at[k].kind() == Kind.GROUP || at[k].kind() == Kind.OUTSIDE);
    }

    /** The nearest word in that direction within the clause, past articles and small numbers; -1 when none. */
    private static int neighbour(List<String> words, int[] clauses, int i, int step) {
        for (int j = i + step; j >= 0 && j < words.size() && clauses[j] == clauses[i]; j += step) {
            String w = words.get(j);
            if (!SKIPPED.contains(w) && !(w.length() <= 3 && w.chars().allMatch(Character::isDigit))) {
                return j;
            }
        }
        return -1;
    }
}
