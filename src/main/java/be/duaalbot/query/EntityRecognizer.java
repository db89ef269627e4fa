package be.duaalbot.query;

import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Second stage: finds in a normalised question the school years, then the terms of every
 * dimension (measures, members, groups, breakdowns, grammar words), the language, a count, and
 * classifies every other word (see {@link LeftoverClassifier}); its heuristics are the named
 * rules of {@link RecognizerRules}. It decides nothing about what is asked; the parser does.
 */
public final class EntityRecognizer {
    private final Dataset data;
    private final Normalizer normalizer;
    private final Vocabulary vocabulary;
    private final TermMatcher matcher;
    private final LanguageDetector detector;
    private final LeftoverClassifier leftovers;
    private final WordKnowledge knowledge;
    private final RecognizerRules rules;
    private final Ellipsis ellipsis;
    private final SplitTerms splits;
    private final Population population;

    public EntityRecognizer(Dataset data) {
        this.data = data;
        this.normalizer = new Normalizer(data);
        this.vocabulary = new Vocabulary(data, normalizer);
        this.knowledge = new WordKnowledge(data, normalizer);
        this.matcher = new TermMatcher(vocabulary, knowledge);
        this.detector = new LanguageDetector(vocabulary);
        this.leftovers = new LeftoverClassifier(vocabulary, knowledge);
        this.ellipsis = new Ellipsis(vocabulary);
        this.splits = new SplitTerms(data, normalizer);
        this.rules = new RecognizerRules(data, vocabulary, knowledge, matcher);
        this.population = new Population(knowledge);
        // read on a background thread while the rest of the pipeline is built and the first question
        // read: by the time a word needs looking up, the dictionary is there (already read: no-op)
        knowledge.preload();
    }

    /** The names of the leftover classifier's rules, kinds first (for tests and documentation). */
    List<String> leftoverRules() {
        return leftovers.names();
    }

    public Entities recognize(String question) {
        String text = normalizer.normalize(question);
        List<YearMention> years = SchoolYearRecognizer.find(text);
        List<Integer> clauseList = new ArrayList<>();
        List<Integer> bracketList = new ArrayList<>();
        List<String> words = Tokenizer.tokens(SchoolYearRecognizer.blank(text, years), clauseList, bracketList);
        int[] clauses = clauseList.stream().mapToInt(Integer::intValue).toArray();
        Set<String> fired = new LinkedHashSet<>();
        List<Match> matches = new ArrayList<>();
        List<Match> all = splits.add(words, clauses, ellipsis.complete(words, matcher.match(words)));
        for (Match m : all) {
            if (m.kind() != Kind.PLACE || rules.isPlace(m, words, question, text, all, fired)) {
                matches.add(m);
            }
        }
        boolean[] least = rules.leastAmounts(words);
        matches.removeIf(m -> m.kind() == Kind.WORD && least[m.start()]); // "at least one": no "least" of a ranking
        boolean[] glossed = BracketGlosses.find(words, clauses, bracketList.stream().mapToInt(Integer::intValue).toArray(), matches, vocabulary::isStopword);
        // "self-employed retail (zelfstandige kleinhandel)": the names glossed by the one in brackets are that one
        matches.removeIf(m -> glossed[m.start()] && (m.kind() == Kind.OUTSIDE || RecognizerRules.isName(m)));
        Found f = new Found(fired);
        int asking = leftovers.firstAsking(words, clauses, matches);
        boolean askedNames = matches.stream().anyMatch(m -> clauses[m.start()] >= asking && RecognizerRules.isName(m));
        for (int i = 0; i < matches.size(); i++) {
            int clause = clauses[matches.get(i).start()];
            boolean preamble = clause < asking ? !rules.heading(words, clauses, matches, clause, fired)
                    : rules.askerContext(words, clauses, matches, matches.get(i), fired);
            if (!rules.aside(matches.get(i), preamble, askedNames, fired) && !rules.headOfName(matches, i, words, fired)) {
                f.add(matches, i, words);
            }
        }
        int names = f.members.size() + f.groups.size();
        for (Match m : matches) {
            if (f.members.contains(m.key()) && rules.totalAsked(m, words, names - 1, f.roles.contains(Role.SUM), fired)) {
                f.members.remove(m.key());
            }
        }
        f.members.removeIf(m -> rules.totalAsScope(m, f.members, f.roles, fired));
        if (rules.yearAfterRanking(matches, words, fired)) {
            f.roles.add(Role.WHICH_YEAR);
        }
        years = rules.anchored(years, text, matches, fired);
        OptionalInt yearCount = rules.countedYears(matches, words, fired);
        // "over de vier schooljaren": all of them; "the last three years": the newest three
        yearCount.ifPresent(n -> f.roles.add(n >= data.schoolYears().size() ? Role.ALL_YEARS : Role.LATEST));
        if (rules.joinedToBreakdown(matches, words, fired)) {
            f.roles.add(Role.INCLUDE);
        }
        if (rules.oneOf(matches, words, fired)) {
            f.roles.add(Role.PER_UNIT);
        }
        boolean followUp = !matches.isEmpty() && matches.get(0).start() == 0 && RecognizerRules.isRole(matches.get(0), Role.FOLLOW_UP);
        Language language = detector.detect(words, matches);
        rules.countedWithoutTable(matches, words, language, fired).ifPresent(m -> f.measures.retainAll(Set.of(m)));
        List<String> counted = population.counted(words, matches, language, fired);
        if (!counted.isEmpty()) { // "hoeveel gemeenten telt Vlaanderen": what is counted is outside the data
            f.outside.add(String.join(" ", counted));
            f.outsideKinds.add(Population.KIND);
        }
        boolean range = rules.isRange(text, years, fired);
        OptionalInt count = rules.count(words, f.roles, fired);
        count = count.isPresent() ? count : yearCount;
        List<Leftover> left = leftovers.classify(words, clauses, glossed, matches, language);
        boolean companies = rules.countsCompanies(words, language, fired);
        return new Entities(text, language, List.copyOf(f.measures), List.copyOf(f.members), List.copyOf(f.places),
                List.copyOf(f.excluded), List.copyOf(f.groups), List.copyOf(f.breakdowns), f.byName, f.outside, f.outsideKinds, f.roles,
                years, range, count, left, followUp, words.size(), companies, Set.copyOf(fired));
    }

    /** What the matches name, sorted by dimension. */
    private final class Found {
        final Set<String> measures = new LinkedHashSet<>();
        final Set<String> members = new LinkedHashSet<>();
        final Set<String> excluded = new LinkedHashSet<>();
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> breakdowns = new LinkedHashSet<>();
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        final List<String> outside = new ArrayList<>();
        final List<Entities.Named> places = new ArrayList<>();
        final Set<String> outsideKinds = new LinkedHashSet<>();
        final Set<String> fired;
        boolean byName;

        Found(Set<String> fired) {
            this.fired = fired;
        }

        void add(List<Match> matches, int i, List<String> words) {
            Match m = matches.get(i);
            switch (m.kind()) {
                case MEASURE -> measures.add(m.key());
                case MEMBER -> (rules.leftOut(matches, i, fired) ? excluded : members).add(m.key());
                case GROUP -> {
                    groups.add(m.key());
                    (rules.leftOut(matches, i, fired) ? excluded : members).addAll(data.groups().get(m.key()).members());
                }
                case BREAKDOWN -> {
                    breakdowns.add(m.key());
                    byName |= isOwnName(m, words);
                }
                case PLACE -> places.add(new Entities.Named(String.join(" ", words.subList(m.start(), m.end())), m.key()));
                case OUTSIDE -> {
                    String written = String.join(" ", words.subList(m.start(), m.end()));
                    if (splits.isTail(m.term()) && !outside.isEmpty()) {
                        outside.set(outside.size() - 1, outside.get(outside.size() - 1) + " \u2026 " + written); // "vroegen … aan"
                    } else {
                        outside.add(written);
                    }
                    outsideKinds.add(m.key());
                }
                // "in deze cijfers" refers to the data (dual learning), it asks no count
                case WORD -> Role.of(m.key()).map(r -> rules.isReference(m, r, words, fired) ? Role.DOMAIN : r).ifPresent(roles::add);
            }
        }
    }

    /** True when the breakdown was written as its own name or plural ("provincies"), not "regio". */
    private boolean isOwnName(Match m, List<String> words) {
        Breakdown b = data.breakdowns().get(m.key());
        String written = String.join(" ", words.subList(m.start(), m.end()));
        return m.edits() == 0 && (written.equals(normalizer.normalize(b.name().in(m.term().language())))
                || written.equals(normalizer.normalize(b.plural().in(m.term().language()))));
    }
}
