package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.WhyCases;
import be.duaalbot.data.Language;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 in Telegram, through the real client against the fake Bot API: a look-up carries its
 * why line and a "Waarom?" button whose press gives the passage with its attribution, not the
 * figures again; a single figure's other caveats sit behind "Bronnen"; a question of figures and
 * why is answered in both parts; a "waarom?" where the minister gives no reason says so.
 */
class TelegramWhyTest {
    private static final long CHAT = 2002;

    @RegisterExtension
    final TelegramTestBot fixture = new TelegramTestBot();

    @Test
    void aLookUpThenItsWhyButtonGivesThePassageNotTheFiguresAgain() throws Exception {
        WhyCases.LookUp lookUp = WhyCases.explained(fixture.bot);
        fixture.api.message(CHAT, "private", lookUp.question(), "nl", null);
        FakeBotApi.Call answer = fixture.api.nextDelivered(15);
        assertNotNull(answer, "no answer");
        String text = answer.body().get("text").asText();
        assertTrue(text.contains(lookUp.figure()) && text.contains(HtmlFormat.escape(lookUp.why())), text);
        assertNotNull(button(answer, ChatTexts.get().text(Language.NL, "button.sources")), "the caveats behind a button: " + answer.body());
        JsonNode why = button(answer, WhyCases.why(fixture.bot, Language.NL));
        assertNotNull(why, "no why button: " + answer.body());
        fixture.api.press(CHAT, why.get("callback_data").asText());
        FakeBotApi.Call passage = fixture.api.nextDelivered(15);
        assertNotNull(passage, "no answer to the why button");
        String said = passage.body().get("text").asText();
        assertTrue(said.contains(HtmlFormat.escape(lookUp.why())), said);
        assertFalse(said.contains(lookUp.figure()), "the figures again: " + said);
    }

    @Test
    void aQuestionOfFiguresAndWhyIsAnsweredInBothParts() throws Exception {
        String q = WhyCases.compound(fixture.bot);
        Answer full = fixture.bot.answer(q);
        fixture.api.message(CHAT, "private", q, "nl", null);
        String said = said(fixture.api.nextDelivered(15));
        if (!said.contains(HtmlFormat.escape(full.why().get(0)).substring(0, 40))) { // a chart first, the answer after it
            said = said(fixture.api.nextDelivered(15));
        }
        String figures = HtmlFormat.escape(full.body().get(0));
        assertTrue(said.contains(figures), said);
        assertTrue(said.indexOf(figures) < said.indexOf(HtmlFormat.escape(full.why().get(0)).substring(0, 40)), said);
    }

    @Test
    void aWhyWhereTheMinisterGivesNoReasonSaysSo() throws Exception {
        fixture.api.message(CHAT, "private", WhyCases.unexplained(fixture.bot).question(), "nl", null);
        assertNotNull(fixture.api.nextDelivered(15));
        fixture.api.message(CHAT, "private", "waarom?", "nl", null);
        String said = said(fixture.api.nextDelivered(15));
        assertTrue(said.contains(HtmlFormat.escape(WhyCases.none(fixture.bot, Language.NL))), said);
    }

    @Test
    void theListsOfNamesFitOneScreen() throws Exception {
        var data = fixture.bot.data();
        for (var b : data.breakdowns().values()) {
            if (data.tables().stream().noneMatch(t -> t.breakdown().equals(b.id()))) {
                continue;
            }
            fixture.api.message(CHAT, "private", "/" + b.command(), "nl", null);
            String said = said(fixture.api.nextDelivered(15));
            data.membersOf(b.id()).stream().filter(m -> !data.isTotal(m))
                    .forEach(m -> assertTrue(said.contains(HtmlFormat.escape(m)), m + " not in " + said));
            assertFalse(said.matches("(?s).*\\{[a-zA-Z0-9]+}.*"), "a placeholder left unfilled: " + said);
            assertTrue(said.lines().count() <= be.duaalbot.core.OneScreen.MAX_LINES, said);
        }
    }

    private static String said(FakeBotApi.Call call) {
        assertNotNull(call, "no message");
        return call.body().path(call.method().equals("sendphoto") ? "caption" : "text").asText();
    }

    private static JsonNode button(FakeBotApi.Call call, String label) {
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode b : row) {
                if (b.path("text").asText().equals(label)) {
                    return b;
                }
            }
        }
        return null;
    }
}
