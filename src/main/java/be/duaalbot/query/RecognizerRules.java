package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Place;
import be.duaalbot.data.PartOfSpeech;
import be.duaalbot.data.Role;
import be.duaalbot.data.WordClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The recognizer's heuristics as named rules (Duckling style, each with examples in the corpus,
 * {@code recognizer-rules.txt}): each says whether it applies and, when it does, adds its name
 * to the rules that fired for the question, so a reading can be traced to them.
 */
final class RecognizerRules {
    static final String PLACE_AS_WRITTEN = "a place written as one";
    static final String PLACE_BESIDE_ASKED = "a place beside what is asked";
    static final String PREAMBLE = "a preamble names no subject";
    static final String LEFT_OUT = "a name left out";
    static final String DATA_REFERRED_TO = "the data referred to";
    static final String YEAR_OF_A_RANKING = "the year of a ranking";
    static final String COUNTS_COMPANIES = "a count of companies";
    static final String RANGE = "a range of years";
    static final String COUNT = "a number of rows";
    static final String ANCHORED_YEAR = "a calendar year after a start or an end";
    static final String COUNTED_YEARS = "a number of school years";
    static final String ONE_COMPANY = "one company";
    static final String HEADING = "a heading names the subject";
    static final String ASKER_CONTEXT = "the asker's own context";
    static final String TOTAL_ASKED = "a total asked, not the total row";
    static final String TOTAL_AS_SCOPE = "the whole region as the scope of another table";
    static final String HEAD_OF_A_NAME = "a breakdown word as the head of the name before it";
    static final String JOINED_TO_A_BREAKDOWN = "a row set apart joined to its breakdown";
    static final String COUNTED_WITHOUT_TABLE = "a count of what no table counts";
    /** The names, in the order the recognizer tries them. */
    static final List<String> NAMES = List.of(PLACE_AS_WRITTEN, PLACE_BESIDE_ASKED, HEADING, ASKER_CONTEXT, PREAMBLE, LEFT_OUT, DATA_REFERRED_TO,
            YEAR_OF_A_RANKING, ANCHORED_YEAR, COUNTED_YEARS, ONE_COMPANY, COUNTS_COMPANIES, Population.RULE, RANGE, COUNT, TOTAL_ASKED,
            TOTAL_AS_SCOPE, HEAD_OF_A_NAME, JOINED_TO_A_BREAKDOWN, COUNTED_WITHOUT_TABLE);
    private static final int MAX_COUNT = 100;

    private final Dataset data;
    private final Vocabulary vocabulary;
    private final WordKnowledge knowledge;
    private final TermMatcher matcher;

    RecognizerRules(Dataset data, Vocabulary vocabulary, WordKnowledge knowledge, TermMatcher matcher) {
        this.data = data;
        this.vocabulary = vocabulary;
        this.knowledge = knowledge;
        this.matcher = matcher;
    }

    /**
     * A place whose name is also an everyday word ("Boom", "As", "Vorst", "gent") is read as the
     * place only when written as one: capitalised (at the very start only when no stop word: "Namen
     * erkenningen", not "As many as"), right after "in", "te", "uit" or a word for a place ("regio
     * gent"), a region with its article ("de Kempen"), or beside what is asked (see {@link #besideAsked}).
     */
    boolean isPlace(Match m, List<String> words, String question, String text, List<Match> all, Set<String> fired) {
        String word = words.get(m.start());
        boolean everyday = m.end() - m.start() == 1 && (vocabulary.isStopword(word)
                || common(knowledge.senses(word, Language.NL)) || common(knowledge.senses(word, Language.EN)));
        if (!everyday) {
            return true;
        }
        int b = m.start() - 1;
        while (b >= 0 && knowledge.words(WordClass.ARTICLES).contains(words.get(b))) {
            b--;
        }
        boolean region = data.places().named(m.key()).kind() == Place.Kind.REGION && b < m.start() - 1;
        if (b >= 1 && knowledge.words(WordClass.PLACE_LINKS).contains(words.get(b))) {
            int w = b - 1; // "the province of Liège": back past "of" and articles to the word for a place
            while (w >= 0 && knowledge.words(WordClass.ARTICLES).contains(words.get(w))) {
                w--;
            }
            b = w >= 0 && knowledge.words(WordClass.PLACE_WORDS).contains(words.get(w)) ? w : b;
        }
        String before = b >= 0 ? words.get(b) : "";
        boolean afterLocative = (knowledge.words(WordClass.LOCATIVE).contains(before) || knowledge.words(WordClass.PLACE_WORDS).contains(before))
                && written(text, words.subList(b, m.end()));
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        // "Liège" is written as a name although the word read is "liege"
        String plain = java.text.Normalizer.normalize(question, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return fire(region || afterLocative || plain.indexOf(capitalised, vocabulary.isStopword(word) ? 1 : 0) >= 0,
                PLACE_AS_WRITTEN, fired) || fire(besideAsked(m, words, all), PLACE_BESIDE_ASKED, fired);
    }

    /**
     * "the social profit sector", "Limburg province": the breakdown's own singular name right after a
     * member of it is the head noun of that member's name, not a breakdown asked ("per sector"), so
     * an average or a ranking keeps the member instead of taking every row of the breakdown.
     */
    boolean headOfName(List<Match> matches, int i, List<String> words, Set<String> fired) {
        Match m = matches.get(i);
        if (i == 0 || m.kind() != Kind.BREAKDOWN) {
            return false;
        }
        Match before = matches.get(i - 1);
        var b = data.breakdowns().get(m.key());
        String written = String.join(" ", words.subList(m.start(), m.end()));
        boolean singular = written.equals(b.name().in(m.term().language()).toLowerCase(java.util.Locale.ROOT));
        return fire(singular && before.end() == m.start() && before.kind() == Kind.MEMBER
                && data.breakdownOf(before.key()).filter(m.key()::equals).isPresent(), HEAD_OF_A_NAME, fired);
    }

    /**
     * "de provincies en Brussel", "Brussels and the provinces": a row its breakdown sets apart, joined
     * to that breakdown's name by "en", "and", "+", is counted in, as "Brussels included" would say.
     */
    boolean joinedToBreakdown(List<Match> matches, List<String> words, Set<String> fired) {
        for (Match breakdown : matches) {
            for (Match member : matches) {
                if (breakdown.kind() != Kind.BREAKDOWN || member.kind() != Kind.MEMBER
                        || !data.breakdowns().get(breakdown.key()).apart().contains(member.key())) {
                    continue;
                }
                boolean after = breakdown.end() <= member.start();
                if (joined(after ? words.subList(breakdown.end(), member.start()) : member.end() <= breakdown.start()
                        ? words.subList(member.end(), breakdown.start()) : List.of())) {
                    return fire(true, JOINED_TO_A_BREAKDOWN, fired);
                }
            }
        }
        return false;
    }

    /** Only joining words and articles, one joining word at least: "en de", "and", "+". */
    private boolean joined(List<String> between) {
        return between.stream().anyMatch(knowledge.words(WordClass.JOINING)::contains) && between.stream()
                .allMatch(w -> knowledge.words(WordClass.JOINING).contains(w) || knowledge.words(WordClass.ARTICLES).contains(w));
    }

    /**
     * True when the words stand together in the text: a school year taken out between them
     * ("in 2021-22, as a percentage") leaves "in" next to "as" in the word list, not in the question.
     */
    private static boolean written(String text, List<String> together) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", together.stream().map(java.util.regex.Pattern::quote).toList())
                + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /**
     * "erkenningen kempen", "bedrijven met overeenkomst waasland", "gent ovk 2022": a place name
     * that is also a noun or an adjective ("kempen": hempen, "gent": a gander), written right before
     * or after a measure or a name of the data with at most an article between, fills the place of
     * the subject: it is the place. Never a stop word ("agreements as of 2022") nor a word that can
     * be a verb ("hoeveel erkenningen halen bouwbedrijven"): those are how something is asked.
     */
    private boolean besideAsked(Match m, List<String> words, List<Match> all) {
        String word = words.get(m.start());
        if (m.end() - m.start() != 1 || vocabulary.isStopword(word) || verb(knowledge.senses(word, Language.NL))
                || verb(knowledge.senses(word, Language.EN))) {
            return false;
        }
        int before = m.start() - 1;
        while (before >= 0 && knowledge.words(WordClass.ARTICLES).contains(words.get(before))) {
            before--;
        }
        int after = m.end();
        while (after < words.size() && knowledge.words(WordClass.ARTICLES).contains(words.get(after))) {
            after++;
        }
        int end = before + 1;
        int start = after;
        return all.stream().filter(x -> x.kind() == Kind.MEASURE || isName(x)).anyMatch(x -> x.end() == end || x.start() == start);
    }

    private static boolean verb(WordKnowledge.Senses s) {
        return s.is(PartOfSpeech.VERB);
    }

    private static boolean common(WordKnowledge.Senses s) {
        return s.known() && s.parts() != 1 << PartOfSpeech.NAME.ordinal();
    }

    /**
     * "ik werk in Hasselt: ...", "I'm a journalist at a Brussels paper. How many ... Limburg?": a
     * preamble names no subject, unless the question itself names none ("... die twee sectoren samen").
     */
    boolean aside(Match m, boolean preamble, boolean askedNames, Set<String> fired) {
        boolean aside = preamble && (m.kind() == Kind.OUTSIDE || m.kind() == Kind.PLACE || askedNames && isName(m));
        return fire(aside, PREAMBLE, fired);
    }

    /**
     * "horeca: ...", "Limburg - ...", "ICT-sector: ...": a clause of names alone, of the data or
     * outside it (articles and fillers aside), is the heading of the question, never a preamble: its
     * names are what is asked.
     */
    boolean heading(List<String> words, int[] clauses, List<Match> matches, int clause, Set<String> fired) {
        boolean names = false;
        for (int i = 0; i < words.size(); i++) {
            if (clauses[i] != clause) {
                continue;
            }
            int at = i;
            Match m = matches.stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElse(null);
            if (m != null && (isName(m) || m.kind() == Kind.OUTSIDE)) {
                names = true; // "ICT-sector: ...": a name the data lacks heads the question as much as one it has
            } else if (m != null && m.kind() == Kind.BREAKDOWN) {
                continue; // "-sector" of "ICT-sector"
            } else if (!knowledge.words(WordClass.ARTICLES).contains(words.get(i)) && !vocabulary.isFiller(words.get(i))) {
                return false;
            }
        }
        return fire(names, HEADING, fired);
    }

    /**
     * "ik werk bij een bouwbedrijf in de Kempen en vroeg me af hoeveel ... in heel Vlaanderen": in the
     * clause that asks, a place or a name outside the data after a word of the asker and before the
     * first word that asks says who asks, not what: it is preamble too.
     */
    boolean askerContext(List<String> words, int[] clauses, List<Match> matches, Match m, Set<String> fired) {
        if (m.kind() != Kind.PLACE && m.kind() != Kind.OUTSIDE) {
            return false; // a name of the data there may still be what is asked ("ik werk voor binnenvaart, hoeveel ...")
        }
        int clause = clauses[m.start()];
        boolean asker = false;
        for (int i = 0; i < m.start(); i++) {
            asker |= clauses[i] == clause && knowledge.words(WordClass.ASKER).contains(words.get(i));
        }
        boolean asked = matches.stream().anyMatch(x -> clauses[x.start()] == clause && x.start() < m.start() && LeftoverClassifier.asks(x));
        return fire(asker && !asked && matches.stream().anyMatch(x -> x.start() > m.start() && LeftoverClassifier.asks(x)), ASKER_CONTEXT, fired);
    }

    /**
     * "tel limburg op over de jaren, wat is het totaal", "horeca added up, total?": a total row named
     * by an everyday word ("totaal", "total") in a question that adds up another name is the sum
     * asked, not the total row beside it.
     */
    boolean totalAsked(Match m, List<String> words, int otherNames, boolean sums, Set<String> fired) {
        if (!sums || otherNames == 0 || m.kind() != Kind.MEMBER || !data.isTotal(m.key()) || m.end() - m.start() != 1) {
            return false;
        }
        String word = words.get(m.start());
        return fire(common(knowledge.senses(word, Language.NL)) || common(knowledge.senses(word, Language.EN)), TOTAL_ASKED, fired);
    }

    /**
     * "hoeveel bouwbedrijven in heel Vlaanderen": the total row of one breakdown beside a member of
     * another (whose tables count the whole region) is the scope of that member's figure, not a
     * second row to set beside it; unless a share or a comparison is asked.
     */
    boolean totalAsScope(String total, Set<String> members, Set<Role> roles, Set<String> fired) {
        if (!data.isTotal(total) || roles.contains(Role.SHARE) || roles.contains(Role.PERCENT) || roles.contains(Role.COMPARE)) {
            return false;
        }
        Optional<String> own = data.breakdownOf(total);
        return fire(members.stream().anyMatch(m -> !m.equals(total) && !data.breakdownOf(m).equals(own)), TOTAL_AS_SCOPE, fired);
    }

    /**
     * "zonder Brussel", "not counting Brussels": a name right after a word that leaves out; or
     * right before one ("Brussel niet meegerekend") when no name follows that word.
     */
    boolean leftOut(List<Match> matches, int i, Set<String> fired) {
        Match m = matches.get(i);
        if (i > 0 && isRole(matches.get(i - 1), Role.EXCLUDE) && m.start() - matches.get(i - 1).end() <= 1) {
            return fire(true, LEFT_OUT, fired);
        }
        if (i + 1 >= matches.size() || !isRole(matches.get(i + 1), Role.EXCLUDE) || matches.get(i + 1).start() != m.end()) {
            return false;
        }
        boolean nameFollows = i + 2 < matches.size() && (matches.get(i + 2).kind() == Kind.MEMBER || matches.get(i + 2).kind() == Kind.GROUP);
        return fire(!nameFollows, LEFT_OUT, fired);
    }

    /** "in deze cijfers", "these figures": the data referred to, not a count asked for. */
    boolean isReference(Match m, Role role, List<String> words, Set<String> fired) {
        return fire(role == Role.QUANTITY && m.start() > 0 && m.end() - m.start() == 1
                && knowledge.words(WordClass.DATA_WORDS).contains(words.get(m.start()))
                && knowledge.words(WordClass.DETERMINERS).contains(words.get(m.start() - 1)), DATA_REFERRED_TO, fired);
    }

    /** "laagste jaar", "best year": the year of a member, not a ranking of members. */
    boolean yearAfterRanking(List<Match> matches, List<String> words, Set<String> fired) {
        for (Match m : matches) {
            boolean ranking = isRole(m, Role.TOP) || isRole(m, Role.BOTTOM);
            if (ranking && m.end() < words.size() && knowledge.words(WordClass.YEAR_WORDS).contains(words.get(m.end()))) {
                return fire(true, YEAR_OF_A_RANKING, fired);
            }
        }
        return false;
    }

    /**
     * A calendar year right after "begon in" / "started in" is the school year starting in it ("het
     * schooljaar dat begon in 2021": 2021-2022), right after "eindigde in" / "ended in" the one ending
     * in it. A month or season before a year ("september 2021") is read by the year resolver, with a note.
     */
    List<YearMention> anchored(List<YearMention> years, String text, List<Match> matches, Set<String> fired) {
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
            out.add(fire(y.calendar() && (starts || ends), ANCHORED_YEAR, fired)
                    ? new YearMention(starts ? y.firstYear() : y.firstYear() - 1, false, y.written(), y.start(), y.end()) : y);
        }
        return out;
    }

    /**
     * A number right before a word for school years ("vier schooljaren", "3 years"), if any; not a
     * length of time ("na vijf jaar", "after five years": how long something lasts, no years asked).
     */
    OptionalInt countedYears(List<Match> matches, List<String> words, Set<String> fired) {
        for (Match m : matches) {
            boolean duration = m.start() > 1 && knowledge.words(WordClass.DURATION).contains(words.get(m.start() - 2));
            if (isRole(m, Role.COUNTED_YEARS) && m.start() > 0 && !duration) {
                String before = words.get(m.start() - 1);
                Integer n = before.length() <= 2 && digits(before, 0) ? Integer.valueOf(before) : vocabulary.number(before);
                if (n != null && n > 1) {
                    fired.add(COUNTED_YEARS);
                    return OptionalInt.of(n);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "een garage", "a company": a name or company word right after a number word for one speaks of one company. */
    boolean oneOf(List<Match> matches, List<String> words, Set<String> fired) {
        return fire(matches.stream().anyMatch(m -> m.start() > 0 && Integer.valueOf(1).equals(vocabulary.number(words.get(m.start() - 1)))
                && !atLeast(words, m.start() - 1) && (m.kind() == Kind.MEMBER || isRole(m, Role.DOMAIN))), ONE_COMPANY, fired);
    }

    /**
     * The words of "at least", "minstens", "ten minste": a least amount, never a ranking word
     * ("least" alone asks for the bottom of a ranking).
     */
    boolean[] leastAmounts(List<String> words) {
        boolean[] in = new boolean[words.size()];
        for (String phrase : knowledge.words(WordClass.AT_LEAST)) {
            List<String> p = Tokenizer.tokens(phrase);
            for (int i = 0; i + p.size() <= words.size(); i++) {
                if (!p.isEmpty() && words.subList(i, i + p.size()).equals(p)) {
                    java.util.Arrays.fill(in, i, i + p.size(), true);
                }
            }
        }
        return in;
    }

    /** "with at least one agreement", "met minstens één overeenkomst": a least number, not one company. */
    private boolean atLeast(List<String> words, int number) {
        Set<String> least = knowledge.words(WordClass.AT_LEAST);
        for (int n = 1; n <= 3 && number - n >= 0; n++) {
            if (least.contains(String.join(" ", words.subList(number - n, number)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "how many students per sector had a contract", "hoeveel duale lln hebben een overeenkomst": the
     * count is of what the counting word asks for (past articles, plain adjectives and stop words), a
     * measure no table holds; the measures named after it only say which of them. Empty when the
     * count is of something else or no count is asked.
     */
    Optional<String> countedWithoutTable(List<Match> matches, List<String> words, Language language, Set<String> fired) {
        for (Match m : matches) {
            if (m.kind() != Kind.MEASURE || !data.tablesOf(m.key()).isEmpty()) {
                continue;
            }
            int i = m.start() - 1;
            while (i >= 0 && m.start() - i <= 3 && !knowledge.words(WordClass.COUNTING).contains(words.get(i))
                    && (vocabulary.isStopword(words.get(i)) || knowledge.isA(words.get(i), WordClass.PLAIN_ADJECTIVES, language))) {
                i--;
            }
            if (i >= 0 && knowledge.words(WordClass.COUNTING).contains(words.get(i))) {
                fired.add(COUNTED_WITHOUT_TABLE);
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    /** "hoeveel (erkende) bedrijven", "how many companies": a count of companies, whatever else is said. */
    boolean countsCompanies(List<String> words, Language language, Set<String> fired) {
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean asks = knowledge.words(WordClass.COUNTING).contains(words.get(i));
            // within a few words: "how many media and journalism companies"
            if (asks && words.subList(i + 1, Math.min(words.size(), i + 6)).stream()
                    .anyMatch(w -> knowledge.isA(w, WordClass.COMPANY_NOUNS, language))) {
                return fire(true, COUNTS_COMPANIES, fired);
            }
        }
        return false;
    }

    /** True when the first two years are joined by "tot", "to", "t/m" ...: a range, not two single years. */
    boolean isRange(String text, List<YearMention> years, Set<String> fired) {
        if (years.size() < 2) {
            return false;
        }
        String gap = text.substring(years.get(0).end(), years.get(1).start());
        if (gap.strip().equals("-") || gap.strip().equals("/")) {
            return fire(true, RANGE, fired); // "2019-2023": a dash between years that are no school year is a span of them
        }
        List<String> between = Tokenizer.tokens(gap);
        return fire(matcher.match(between).stream().anyMatch(m -> isRole(m, Role.RANGE)), RANGE, fired);
    }

    /** "top 5", "5 grootste", "top vijf": a number that is not a year. Number words only next to a ranking word. */
    OptionalInt count(List<String> words, Set<Role> roles, Set<String> fired) {
        boolean ranking = roles.contains(Role.TOP) || roles.contains(Role.BOTTOM);
        for (String word : words) {
            if (word.length() <= 3 && digits(word, 0)) {
                int n = Integer.parseInt(word);
                if (n > 0 && n <= MAX_COUNT) {
                    fired.add(COUNT);
                    return OptionalInt.of(n);
                }
            }
            Integer spelled = vocabulary.number(word);
            if (ranking && spelled != null && spelled > 1) {
                fired.add(COUNT);
                return OptionalInt.of(spelled);
            }
            if (word.length() > 3 && word.length() <= 6 && word.startsWith("top") && digits(word, 3)) {
                fired.add(COUNT);
                return OptionalInt.of(Math.min(MAX_COUNT, Integer.parseInt(word.substring(3))));
            }
        }
        return OptionalInt.empty();
    }

    private static boolean digits(String word, int from) {
        for (int i = from; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > from;
    }

    static boolean isName(Match m) {
        return m.kind() == Kind.MEMBER || m.kind() == Kind.GROUP;
    }

    static boolean isRole(Match m, Role role) {
        return m.kind() == Kind.WORD && m.key().equals(role.key());
    }

    private static boolean fire(boolean applies, String name, Set<String> fired) {
        if (applies) {
            fired.add(name);
        }
        return applies;
    }
}
