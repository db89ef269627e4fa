package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import be.duaalbot.data.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 in the conversation itself: "waarom?" and its other wordings after an answer give the
 * minister's passages for that answer's figures, not the figures again; where he gives no reason
 * the reply says so and offers his closest general explanation, labelled so; a question asking
 * figures and why gets both, figures first; an ask-back takes "1", "ja" or the corrected word.
 */
class WhyDialogueTest {
    private static final DuaalBot BOT = Bots.BOT;

    @Test
    void everyWordingOfWhyAfterALookUpGivesItsPassageAndNotTheFiguresAgain() {
        WhyCases.LookUp lookUp = WhyCases.explained(BOT);
        for (String why : List.of("waarom?", "why?", "hoe komt dat?", "Waarom", "en waarom is dat zo?")) {
            Conversation c = new Conversation();
            Answer figures = BOT.answer(lookUp.question(), c);
            assertTrue(figures.suggestions().contains(WhyCases.why(BOT, figures.language())), figures.suggestions()::toString);
            Answer answer = BOT.answer(why, c);
            assertEquals(Status.ANSWERED, answer.status(), answer::text);
            assertTrue(answer.figures().isEmpty(), () -> why + " gave figures again:\n" + answer.text());
            assertFalse(answer.text().contains(lookUp.figure()), () -> why + " repeats " + lookUp.figure() + ":\n" + answer.text());
            String attribution = WhyCases.attribution(BOT, answer.language());
            if (answer.language() == Language.NL) {
                assertTrue(answer.body().contains(lookUp.why()), () -> why + " lacks the passage '" + lookUp.why() + "':\n" + answer.text());
            }
            assertTrue(!answer.body().isEmpty() && answer.body().stream().allMatch(l -> l.contains(attribution)), answer::text);
            assertTrue(answer.source().contains(WhyCases.attribution(BOT, answer.language())), answer::source);
            assertTrue(OneScreen.fits(new OneScreen(BOT).reply(answer).shown()), answer::text);
        }
    }

    @Test
    void whereTheMinisterGivesNoReasonTheReplySaysSoAndLabelsTheGeneralExplanation() {
        WhyCases.LookUp lookUp = WhyCases.unexplained(BOT);
        Conversation c = new Conversation();
        BOT.answer(lookUp.question(), c);
        Answer answer = BOT.answer("waarom?", c);
        assertEquals(WhyCases.none(BOT, Language.NL), answer.body().get(0), answer::text);
        String general = BOT.texts().text(Language.NL, "why.general", "", "");
        assertTrue(answer.body().size() == 1 || answer.body().get(1).startsWith(general.substring(0, general.indexOf(',')).strip()),
                answer::text);
        assertTrue(answer.figures().isEmpty(), answer::text);
    }

    @Test
    void askedWhyOfAFallAfterFiguresThatDidNotFallTheReplySaysSo() {
        WhyCases.LookUp lookUp = WhyCases.explained(BOT);
        Conversation c = new Conversation();
        Answer figures = BOT.answer(lookUp.question(), c);
        String year = figures.figures().get(0).schoolYear();
        int at = Bots.DATA.schoolYears().indexOf(year);
        boolean fell = at > 0 && figures.figures().get(0).value()
                < Bots.cell(figures.figures().get(0).measure(), figures.figures().get(0).member(), Bots.DATA.schoolYears().get(at - 1)).orElse(0);
        Answer answer = BOT.answer("en waarom daalde dat?", c);
        assertEquals(!fell, answer.body().get(0).equals(BOT.texts().text(Language.NL, "why.noFall")), answer::text);
        assertTrue(answer.figures().isEmpty(), answer::text);
    }

    @Test
    void aQuestionOfFiguresAndWhyIsAnsweredInBothPartsFiguresFirst() {
        String q = WhyCases.compound(BOT);
        Answer answer = BOT.answer(q);
        assertEquals(Status.ANSWERED, answer.status(), answer::text);
        assertFalse(answer.figures().isEmpty(), () -> "no figures for " + q + ":\n" + answer.text());
        assertFalse(answer.why().isEmpty(), () -> "no why for " + q + ":\n" + answer.text());
        String text = answer.text();
        assertTrue(text.indexOf(answer.body().get(0)) < text.indexOf(answer.why().get(0)), text);
        assertTrue(answer.figures().stream().allMatch(Bots::isCell), text);
    }

    @Test
    void anAskBackTakesTheNumberYesOrTheCorrectedWord() {
        String typo = "confectieatelirs overeenkomsten " + be.duaalbot.YearsOfAllRows.latest(Bots.DATA);
        Answer asked = BOT.answer(typo);
        assertTrue(asked.asksBack(), asked::text);
        String meant = asked.suggestions().get(0);
        String word = Bots.DATA.allMembers().stream().filter(meant::contains).findFirst().orElseThrow();
        Answer direct = BOT.answer(meant);
        for (String reply : List.of("1", "ja", "Yes", word, word.toLowerCase(java.util.Locale.ROOT))) {
            Conversation c = new Conversation();
            BOT.answer(typo, c);
            Answer picked = BOT.answer(reply, c);
            assertEquals(direct.figures(), picked.figures(), () -> reply + ":\n" + picked.text());
        }
        Conversation c = new Conversation();
        BOT.answer(typo, c);
        BOT.answer("hallo", c);
        assertFalse(BOT.answer("1", c).figures().equals(direct.figures()), "a choice is only taken right after its ask-back");
    }
}
