package be.duaalbot.query;

import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Dataset;
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
 * classifies every other word (see {@link LeftoverClassifier}). It decides nothing about what
 * is asked; the parser does.
 */
public final class EntityRecognizer {
    private static final int MAX_COUNT = 100;

    private final Dataset data;
    private final Normalizer normalizer = new Normalizer();
    private final Vocabulary vocabulary;
    private final TermMatcher matcher;
    private final LanguageDetector detector;
    private final LeftoverClassifier leftovers;
    private final Ellipsis ellipsis;
    private final SplitTerms splits;

    public EntityRecognizer(Dataset data) {
        this.data = data;
        this.vocabulary = new Vocabulary(data, normalizer);
        this.matcher = new TermMatcher(vocabulary);
        this.detector = new LanguageDetector(vocabulary);
        this.leftovers = new LeftoverClassifier(vocabulary);
        this.ellipsis = new Ellipsis(vocabulary);
        this.splits = new SplitTerms(data, normalizer);
    }

    public Entities recognize(String question) {
        String text = normalizer.normalize(question);
        List<YearMention> years = SchoolYearRecognizer.find(text);
        List<Integer> clauseList = new ArrayList<>();
        List<String> words = Tokenizer.tokens(SchoolYearRecognizer.blank(text, years), clauseList);
        int[] clauses = clauseList.stream().mapToInt(Integer::intValue).toArray();
        List<Match> matches = splits.add(words, clauses, ellipsis.complete(words, matcher.match(words)));
        Found f = new Found();
        int asking = LeftoverClassifier.firstAsking(words, clauses, matches);
        boolean askedNames = matches.stream().anyMatch(m -> clauses[m.start()] >= asking && isName(m));
        for (int i = 0; i < matches.size(); i++) {
            boolean preamble = clauses[matches.get(i).start()] < asking;
            // "ik werk in Hasselt: ...", "I'm a journalist at a Brussels paper. How many ... Limburg?": a preamble
            // names no subject, unless the question itself names none ("... die twee sectoren samen")
            boolean aside = preamble && (matches.get(i).kind() == Kind.OUTSIDE || askedNames && isName(matches.get(i)));
            if (!aside) {
                f.add(matches, i, words);
            }
        }
        if (yearAfterRanking(matches, words)) {
            f.roles.add(Role.WHICH_YEAR); // "laagste jaar", "best year": the year of a member, not a ranking of members
        }
        years = anchored(years, text, matches);
        OptionalInt yearCount = countedYears(matches, words);
        // "over de vier schooljaren": all of them; "the last three years": the newest three
        yearCount.ifPresent(n -> f.roles.add(n >= data.schoolYears().size() ? Role.ALL_YEARS : Role.LATEST));
        if (oneOf(matches, words)) {
            f.roles.add(Role.PER_UNIT);
        }
        boolean followUp = !matches.isEmpty() && matches.get(0).start() == 0 && isRole(matches.get(0), Role.FOLLOW_UP);
        return new Entities(text, detector.detect(words, matches), List.copyOf(f.measures), List.copyOf(f.members),
                List.copyOf(f.excluded), List.copyOf(f.groups), List.copyOf(f.breakdowns), f.byName, f.outside, f.outsideKinds, f.roles,
                years, isRange(text, years), count(words, f.roles, yearCount), leftovers.classify(words, clauses, matches),
                followUp, words.size(), countsCompanies(words));
    }

    private static final java.util.Set<String> COUNTS = java.util.Set.of("hoeveel", "aantal", "many", "number");
    private static final java.util.Set<String> COMPANIES = java.util.Set.of("bedrijven", "ondernemingen", "bedrijf",
            "onderneming", "zaken", "werkgevers", "companies", "company", "firms", "businesses", "employers");

    /** "hoeveel (erkende) bedrijven", "how many companies": a count of companies, whatever else is said. */
    private static boolean countsCompanies(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean asks = COUNTS.contains(words.get(i));
            // within a few words: "how many media and journalism companies"
            if (asks && words.subList(i + 1, Math.min(words.size(), i + 6)).stream().anyMatch(COMPANIES::contains)) {
                return true;
            }
        }
        return false;
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
        final Set<String> outsideKinds = new LinkedHashSet<>();
        boolean byName;

        void add(List<Match> matches, int i, List<String> words) {
            Match m = matches.get(i);
            switch (m.kind()) {
                case MEASURE -> measures.add(m.key());
                case MEMBER -> (leftOut(matches, i) ? excluded : members).add(m.key());
                case GROUP -> {
                    groups.add(m.key());
                    (leftOut(matches, i) ? excluded : members).addAll(data.groups().get(m.key()).members());
                }
                case BREAKDOWN -> {
                    breakdowns.add(m.key());
                    byName |= isOwnName(m, words);
                }
                case OUTSIDE -> {
                    outside.add(String.join(" ", words.subList(m.start(), m.end())));
                    outsideKinds.add(m.key());
                }
                // "in deze cijfers" refers to the data (dual learning), it asks no count
                case WORD -> Role.of(m.key()).map(r -> isReference(m, r, words) ? Role.DOMAIN : r).ifPresent(roles::add);
            }
        }
    }

    /**
     * "zonder Brussel", "not counting Brussels": a name right after a word that leaves out; or
     * right before one ("Brussel niet meegerekend") when no name follows that word.
     */
    private static boolean leftOut(List<Match> matches, int i) {
        Match m = matches.get(i);
        if (i > 0 && isRole(matches.get(i - 1), Role.EXCLUDE) && m.start() - matches.get(i - 1).end() <= 1) {
            return true;
        }
        if (i + 1 >= matches.size() || !isRole(matches.get(i + 1), Role.EXCLUDE) || matches.get(i + 1).start() != m.end()) {
            return false;
        }
        boolean nameFollows = i + 2 < matches.size() && (matches.get(i + 2).kind() == Kind.MEMBER || matches.get(i + 2).kind() == Kind.GROUP);
        return !nameFollows;
    }

    private static final Set<String> DATA_WORDS = Set.of("cijfers", "cijfer", "gegevens", "figures", "numbers", "data");
    private static final Set<String> DETERMINERS = Set.of("deze", "die", "de", "je", "jouw", "uw", "these", "those", "the", "your");

    /** "in deze cijfers", "these figures": the data referred to, not a count asked for. */
    private static boolean isReference(Match m, Role role, List<String> words) {
        return role == Role.QUANTITY && m.start() > 0 && m.end() - m.start() == 1 && DATA_WORDS.contains(words.get(m.start()))
                && DETERMINERS.contains(words.get(m.start() - 1));
    }

    private static boolean isName(Match m) {
        return m.kind() == Kind.MEMBER || m.kind() == Kind.GROUP;
    }

    private static boolean isRole(Match m, Role role) {
        return m.kind() == Kind.WORD && m.key().equals(role.key());
    }

    /**
     * A calendar year right after a month or "begon in" / "started in" is a school year: September to
     * December and a start name the one starting that year ("het schooljaar dat begon in september
     * 2021": 2021-2022), January to August and an end the one ending in it ("in april 2021": 2020-2021).
     */
    private List<YearMention> anchored(List<YearMention> years, String text, List<Match> matches) {
        if (years.stream().noneMatch(YearMention::calendar)) {
            return years;
        }
        List<YearMention> out = new ArrayList<>();
        String blanked = SchoolYearRecognizer.blank(text, years); // the words are counted as the matcher saw them
        for (YearMention y : years) {
            int before = Tokenizer.tokens(blanked.substring(0, y.start())).size() - 1;
            Match m = matches.stream().filter(x -> x.start() <= before && before < x.end()).findFirst().orElse(null);
            boolean starts = m != null && isRole(m, Role.YEAR_STARTS);
            boolean ends = m != null && isRole(m, Role.YEAR_ENDS);
            out.add(y.calendar() && (starts || ends)
                    ? new YearMention(starts ? y.firstYear() : y.firstYear() - 1, false, y.written(), y.start(), y.end()) : y);
        }
        return out;
    }

    /** A number right before a word for school years ("vier schooljaren", "3 years"), if any. */
    private OptionalInt countedYears(List<Match> matches, List<String> words) {
        for (Match m : matches) {
            if (isRole(m, Role.COUNTED_YEARS) && m.start() > 0) {
                String before = words.get(m.start() - 1);
                Integer n = before.length() <= 2 && before.chars().allMatch(Character::isDigit) ? Integer.valueOf(before) : vocabulary.number(before);
                if (n != null && n > 1) {
                    return OptionalInt.of(n);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "een garage", "a company": a name or company word right after a number word for one speaks of one company. */
    private boolean oneOf(List<Match> matches, List<String> words) {
        return matches.stream().anyMatch(m -> m.start() > 0 && Integer.valueOf(1).equals(vocabulary.number(words.get(m.start() - 1)))
                && (m.kind() == Kind.MEMBER || isRole(m, Role.DOMAIN)));
    }

    private static final Set<String> YEAR_WORDS = Set.of("jaar", "schooljaar", "year", "jaargang");

    private static boolean yearAfterRanking(List<Match> matches, List<String> words) {
        for (Match m : matches) {
            boolean ranking = isRole(m, Role.TOP) || isRole(m, Role.BOTTOM);
            if (ranking && m.end() < words.size() && YEAR_WORDS.contains(words.get(m.end()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the breakdown was written as its own name or plural ("provincies"), not "regio". */
    private boolean isOwnName(Match m, List<String> words) {
        Breakdown b = data.breakdowns().get(m.key());
        String written = String.join(" ", words.subList(m.start(), m.end()));
        return m.edits() == 0 && (written.equals(normalizer.normalize(b.name().in(m.term().language())))
                || written.equals(normalizer.normalize(b.plural().in(m.term().language()))));
    }

    /** True when the first two years are joined by "tot", "to", "t/m" ...: a range, not two single years. */
    private boolean isRange(String text, List<YearMention> years) {
        if (years.size() < 2) {
            return false;
        }
        String gap = text.substring(years.get(0).end(), years.get(1).start());
        if (gap.strip().equals("-") || gap.strip().equals("/")) {
            return true; // "2019-2023": a dash between years that are no school year is a span of them
        }
        List<String> between = Tokenizer.tokens(gap);
        return matcher.match(between).stream().anyMatch(m -> isRole(m, Role.RANGE));
    }

    /** "top 5", "5 grootste", "top vijf": a number that is not a year. Number words only next to a ranking word. */
    private OptionalInt count(List<String> words, Set<Role> roles, OptionalInt years) {
        boolean ranking = roles.contains(Role.TOP) || roles.contains(Role.BOTTOM);
        for (String word : words) {
            if (word.chars().allMatch(Character::isDigit) && word.length() <= 3) {
                int n = Integer.parseInt(word);
                if (n > 0 && n <= MAX_COUNT) {
                    return OptionalInt.of(n);
                }
            }
            Integer spelled = vocabulary.number(word);
            if (ranking && spelled != null && spelled > 1) {
                return OptionalInt.of(spelled);
            }
            if (word.startsWith("top") && word.length() > 3 && word.length() <= 6 && word.substring(3).chars().allMatch(Character::isDigit)) {
                return OptionalInt.of(Math.min(MAX_COUNT, Integer.parseInt(word.substring(3))));
            }
        }
        return years;
    }
}
