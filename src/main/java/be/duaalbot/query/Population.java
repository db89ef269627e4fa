package be.duaalbot.query;

import be.duaalbot.data.Language;
import be.duaalbot.data.PartOfSpeech;
import be.duaalbot.data.Role;
import be.duaalbot.data.WordClass;
import java.util.List;
import java.util.Set;

/**
 * The rule "a population outside the tables": the tables count companies in dual learning, so a
 * count with no measure word of them asks for something they do not hold when what it counts
 * is no company ("hoeveel duale opleidingen", "how many people work in ..."), is a sector's kind
 * of organisation said to exist rather than to take part ("hoeveel gemeenten telt Vlaanderen"),
 * or is widened to all, in dual learning or not ("al dan niet", "or not").
 */
final class Population {
    static final String RULE = "a population outside the tables";
    /** The kind of name outside the data the counted word is read as. */
    static final String KIND = "population";

    private final WordKnowledge knowledge;

    Population(WordKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The words counted when they name such a population, or none. */
    List<String> counted(List<String> words, List<Match> matches, Language language, Set<String> fired) {
        if (matches.stream().anyMatch(m -> m.kind() == Kind.MEASURE)) {
            return List.of();
        }
        Match[] at = new Match[words.size()];
        matches.forEach(m -> java.util.Arrays.fill(at, m.start(), m.end(), m));
        String text = " " + String.join(" ", words) + " ";
        boolean whole = says(text, WordClass.WHOLE_POPULATION);
        boolean exists = says(text, WordClass.EXISTENCE);
        boolean domain = matches.stream().anyMatch(m -> RecognizerRules.isRole(m, Role.DOMAIN) && !companies(m, words, language));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!knowledge.words(WordClass.COUNTING).contains(words.get(i))) {
                continue;
            }
            int j = counted(words, at, i + 1, language);
            if (j >= 0 && populates(words, at[j], words.get(j), language, whole, exists && !domain)) {
                fired.add(RULE);
                return at[j] == null ? words.subList(j, j + 1) : words.subList(at[j].start(), at[j].end());
            }
        }
        return List.of();
    }

    /** The first word after a counting word past articles, adjectives and "dual": what it counts; -1 when none. */
    private int counted(List<String> words, Match[] at, int from, Language language) {
        for (int j = from; j < words.size(); j++) {
            String w = words.get(j);
            WordKnowledge.Senses s = knowledge.senses(w, language);
            boolean dual = at[j] != null && RecognizerRules.isRole(at[j], Role.DOMAIN) && !companies(at[j], words, language);
            boolean adjective = at[j] == null && s.is(PartOfSpeech.ADJECTIVE) && !s.nominal();
            if (!dual && !adjective && !knowledge.words(WordClass.ARTICLES).contains(w)) {
                return j;
            }
        }
        return -1;
    }

    private boolean populates(List<String> words, Match m, String word, Language language, boolean whole, boolean exists) {
        if (m == null) {
            WordKnowledge.Senses s = knowledge.senses(word, language);
            boolean company = company(word, language);
            return whole || s.nominal() && !company && !knowledge.isA(word, WordClass.YEAR_WORDS, language) && !s.is(PartOfSpeech.FUNCTION);
        }
        if (RecognizerRules.isName(m)) { // "bouwbedrijven", "hair salons": companies of a sector, counted as the tables do
            return whole || exists && !companies(m, words, language);
        }
        return whole && RecognizerRules.isRole(m, Role.DOMAIN);
    }

    /** Words that name companies ("bedrijven", "companies", "bouwbedrijven"), not dual learning itself. */
    private boolean companies(Match m, List<String> words, Language language) {
        return words.subList(m.start(), m.end()).stream().anyMatch(w -> company(w, language));
    }

    /** A company noun, or a compound ending in one ("bouwbedrijven": "bedrijven"). */
    private boolean company(String word, Language language) {
        for (int split = 0; split <= word.length() - 3; split++) {
            if (knowledge.isA(word.substring(split), WordClass.COMPANY_NOUNS, language)) {
                return true;
            }
        }
        return false;
    }

    private boolean says(String text, WordClass c) {
        return knowledge.words(c).stream().anyMatch(w -> text.contains(" " + w + " "));
    }
}
