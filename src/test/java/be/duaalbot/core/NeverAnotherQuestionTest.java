package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule of issue 12: a word that names what is asked and that the bot cannot map is never
 * dropped so that a default answers. Every subject below, in every frame, must give no figure,
 * and the reply must name the subject; a close misspelling of a name is asked back, with the
 * corrected question as a suggestion that then answers.
 */
class NeverAnotherQuestionTest {
    private static final List<String> SUBJECTS = List.of("ICT", "kmo's", "banken", "vastgoed", "de Kempen", "Leuven",
            "startups", "verzekeraars", "Wallonië", "Gent");
    private static final List<String> SUBJECTS_EN = List.of("ICT", "SMEs", "banks", "real estate", "large companies",
            "Leuven", "startups", "Wallonia", "Ghent");
    private static final List<String> FRAMES_NL = List.of("hoeveel %s hadden een erkenning in %s?",
            "erk %s %s", "aantal bedrijven met een ovk in %s in %s", "ik zoek het aantal erkende bedrijven bij %s, schooljaar %s");
    private static final List<String> FRAMES_EN = List.of("how many %s had an agreement in %s?",
            "recognitions %s %s", "number of companies with a recognition in %s in %s");

    @TestFactory
    Stream<DynamicTest> anUnknownSubjectGivesNoFigureAndIsNamed() {
        String year = Bots.DATA.latestYear();
        List<DynamicTest> tests = new ArrayList<>();
        for (String subject : SUBJECTS) {
            FRAMES_NL.forEach(f -> tests.add(test(String.format(Locale.ROOT, f, subject, year), subject)));
        }
        for (String subject : SUBJECTS_EN) {
            FRAMES_EN.forEach(f -> tests.add(test(String.format(Locale.ROOT, f, subject, year), subject)));
        }
        return tests.stream();
    }

    private static DynamicTest test(String question, String subject) {
        return DynamicTest.dynamicTest(question, () -> {
            Answer a = Bots.BOT.answer(question);
            assertTrue(a.figures().isEmpty(), () -> "figures for another question: " + a.text());
            assertNotEquals(Status.ANSWERED, a.status(), a::text);
            String word = subject.toLowerCase(Locale.ROOT).replaceAll("^de ", "").replaceAll("'s$|s$", "");
            assertTrue(plain(a.text()).contains(plain(word)), () -> "the reply does not name '" + subject + "': " + a.text());
        });
    }

    @Test
    void aCloseMisspellingIsAskedBackAndTheSuggestionAnswers() {
        String member = "Kleding en Confectie";
        assertTrue(Bots.DATA.allMembers().contains(member), member);
        String year = Bots.DATA.schoolYears().get(0);
        Answer asked = Bots.BOT.answer("confectieatelirs erkenningen " + year);
        assertEquals(Status.NO_DATA, asked.status(), asked::text);
        assertTrue(asked.figures().isEmpty(), asked::text);
        assertTrue(asked.text().contains(member), asked::text);
        assertFalse(asked.suggestions().isEmpty(), "the candidates are offered as buttons");
        Answer pressed = Bots.BOT.answer(asked.suggestions().get(0));
        assertEquals(Status.ANSWERED, pressed.status(), pressed::text);
        assertTrue(pressed.figures().stream().allMatch(f -> f.member().equals(member)), pressed::text);
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
