package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.data.Language;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: no prose answer says the same thing twice. Two sentences are near-identical when they
 * share five or more content words (five letters or longer) and those make up at least 60% of the
 * shorter one's: "De minister noemt het een goede zaak dat zowel de erkende ondernemingen als de
 * overeenkomsten een groeicurve tonen. De minister ziet een groeicurve in zowel de erkende
 * ondernemingen als de overeenkomsten, ..." was.
 */
class ProseRepeatTest {

    @Test
    void noExplanationOfTheMinisterRepeatsASentence() {
        for (Topic topic : Bots.DATA.topics()) {
            for (Language language : Language.values()) {
                assertNoRepeat(sentences(topic.answer().in(language)), topic.id() + " (" + language.code() + ")");
            }
        }
    }

    @Test
    void noWhyAfterAFigureRepeatsALineOrTheFigureAnswersWhy() {
        for (String[] cell : WhyCases.cells(Bots.DATA)) {
            String q = WhyCases.question(Bots.DATA, cell, Language.NL);
            Conversation c = new Conversation();
            Answer figures = Bots.BOT.answer(q, c);
            Answer why = Bots.BOT.answer("waarom?", c);
            List<String> lines = new ArrayList<>(why.body());
            assertNoRepeat(lines, q + " then waarom?");
            List<String> shown = new ArrayList<>(figures.body());
            shown.addAll(figures.why());
            assertNoRepeat(shown, q);
        }
    }

    @Test
    void theOldDoubleSentenceCountsAsARepeat() {
        List<String> twice = List.of("De minister noemt het een goede zaak dat zowel de erkende ondernemingen als de overeenkomsten een groeicurve tonen.",
                "De minister ziet een groeicurve in zowel de erkende ondernemingen als de overeenkomsten, maar onderliggende processen maken een eenduidige interpretatie van de cijfers niet dadelijk mogelijk.");
        assertTrue(nearIdentical(twice.get(0), twice.get(1)));
    }

    private static void assertNoRepeat(List<String> sentences, String where) {
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                String a = sentences.get(i);
                String b = sentences.get(j);
                assertTrue(!nearIdentical(a, b), () -> where + " says twice:\n" + a + "\n" + b);
            }
        }
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
    }

    static boolean nearIdentical(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        int shorter = Math.min(x.size(), y.size());
        return shared.size() >= 5 && shared.size() >= 0.6 * shorter;
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 5) {
                out.add(w);
            }
        }
        return out;
    }
}
