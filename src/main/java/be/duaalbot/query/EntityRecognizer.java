package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Group;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Second stage: finds in a normalised question the school years, then the terms of every
 * dimension (measures, members, groups, breakdowns, grammar words), the language, a count and
 * the words it does not know. It decides nothing about what is asked; the parser does.
 */
public final class EntityRecognizer {
    private static final int MAX_COUNT = 100;

    private final Dataset data;
    private final Normalizer normalizer = new Normalizer();
    private final Vocabulary vocabulary;
    private final TermMatcher matcher;
    private final LanguageDetector detector;

    public EntityRecognizer(Dataset data) {
        this.data = data;
        this.vocabulary = new Vocabulary(data, normalizer);
        this.matcher = new TermMatcher(vocabulary);
        this.detector = new LanguageDetector(vocabulary);
    }

    public Entities recognize(String question) {
        String text = normalizer.normalize(question);
        List<YearMention> years = SchoolYearRecognizer.find(text);
        List<String> words = Tokenizer.tokens(SchoolYearRecognizer.blank(text, years));
        List<Match> matches = matcher.match(words);
        Set<String> measures = new LinkedHashSet<>();
        Set<String> members = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> breakdowns = new LinkedHashSet<>();
        Set<String> grammar = new LinkedHashSet<>();
        List<String> outside = new ArrayList<>();
        for (Match m : matches) {
            switch (m.kind()) {
                case MEASURE -> measures.add(m.key());
                case MEMBER -> members.add(m.key());
                case GROUP -> {
                    groups.add(m.key());
                    members.addAll(group(m.key()).members());
                }
                case BREAKDOWN -> breakdowns.add(m.key());
                case OUTSIDE -> outside.add(String.join(" ", words.subList(m.start(), m.end())));
                case WORD -> grammar.add(m.key());
            }
        }
        boolean followUp = !matches.isEmpty() && matches.get(0).start() == 0
                && matches.get(0).kind() == Kind.WORD && matches.get(0).key().equals("followUp");
        return new Entities(text, detector.detect(words, matches), List.copyOf(measures), List.copyOf(members),
                List.copyOf(groups), List.copyOf(breakdowns), outside, grammar, years, isRange(text, years),
                count(words, grammar), unknown(words, matches), followUp, words.size());
    }

    private Group group(String id) {
        return data.groups().get(id);
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
        return matcher.match(between).stream().anyMatch(m -> m.kind() == Kind.WORD && m.key().equals("range"));
    }

    /** "top 5", "5 grootste", "top vijf": a number that is not a year. Number words only next to a ranking word. */
    private OptionalInt count(List<String> words, Set<String> grammar) {
        boolean ranking = grammar.contains("top") || grammar.contains("bottom");
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
        }
        return OptionalInt.empty();
    }

    private List<String> unknown(List<String> words, List<Match> matches) {
        boolean[] covered = new boolean[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(covered, m.start(), m.end(), true));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!covered[i] && w.length() > 1 && !vocabulary.isStopword(w) && vocabulary.number(w) == null
                    && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }
}
