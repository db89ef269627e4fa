package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real TelegramBots client and long polling against a fake Bot API on 127.0.0.1: private
 * questions with follow-ups, a 429 that still delivers once, /start, the command menu,
 * group rules, and the next-question buttons.
 */
class TelegramChannelTest {
    private static final long PRIVATE = 1001;
    private static final long GROUP = -100200;

    @RegisterExtension
    final TelegramTestBot fixture = new TelegramTestBot();

    @Test
    void privateQuestionsAreAnsweredOnceEvenAfterA429AndFollowUpsUseTheChat() throws Exception {
        fixture.api.tooManyRequests(1);
        fixture.api.message(PRIVATE, "private", "horeca agreements 2022-2023", "en", null);
        FakeBotApi.Call first = fixture.api.nextDelivered(15);
        assertNotNull(first, "no answer");
        assertEquals(PRIVATE, first.body().get("chat_id").asLong());
        assertEquals("HTML", first.body().get("parse_mode").asText());
        assertTrue(first.body().get("text").asText().contains(cell("agreements", "Horeca", "2022-2023")), first.body().toString());
        fixture.api.message(PRIVATE, "private", "en in 2021-2022?", "nl", null);
        FakeBotApi.Call second = fixture.api.nextDelivered(15);
        assertNotNull(second, "no answer to the follow-up");
        assertTrue(second.body().get("text").asText().contains(cell("agreements", "Horeca", "2021-2022")), second.body().toString());
        long answersWith292 = fixture.api.calls("sendMessage").stream()
                .filter(c -> c.body().get("text").asText().contains("292")).count();
        assertEquals(2, answersWith292, "one 429 and one delivery of the first answer");
        assertTrue(first.body().has("reply_markup"), "next-question buttons");
    }

    @Test
    void startGreetsInTheUsersLanguageAndTheMenuIsRegisteredInBoth() throws Exception {
        fixture.api.message(PRIVATE, "private", "/start", "nl", null);
        FakeBotApi.Call welcome = fixture.api.nextDelivered(15);
        assertNotNull(welcome);
        assertTrue(welcome.body().get("text").asText().startsWith("Hallo!"), welcome.body().toString());
        assertEquals(4, fixture.api.calls("setMyCommands").size());
        assertTrue(fixture.api.calls("setMyCommands").stream().anyMatch(c -> "en".equals(c.body().path("language_code").asText())));
        assertTrue(fixture.api.calls("getMe").size() >= 1);
    }

    @Test
    void inAGroupOnlyCommandsMentionsAndRepliesAreAnswered() throws Exception {
        fixture.api.message(GROUP, "supergroup", "bouw overeenkomsten 2022-2023", "nl", null);
        fixture.api.message(GROUP, "supergroup", "/duaal erkenningen Limburg 2021-2022", "nl", null);
        FakeBotApi.Call command = fixture.api.nextDelivered(15);
        assertNotNull(command);
        assertTrue(command.body().get("text").asText().contains(cell("recognitions", "Provincie Limburg", "2021-2022")), command.body().toString());
        fixture.api.message(GROUP, "supergroup", "@" + FakeBotApi.USERNAME + " horeca overeenkomsten 2020-2021", "nl", null);
        FakeBotApi.Call mention = fixture.api.nextDelivered(15);
        assertNotNull(mention);
        assertTrue(mention.body().get("text").asText().contains(cell("agreements", "Horeca", "2020-2021")), mention.body().toString());
        fixture.api.message(GROUP, "supergroup", "en in 2019-2020?", "nl", 5L);
        FakeBotApi.Call reply = fixture.api.nextDelivered(15);
        assertNotNull(reply);
        assertTrue(reply.body().get("text").asText().contains(cell("agreements", "Horeca", "2019-2020")), reply.body().toString());
        assertTrue(fixture.api.calls("sendMessage").stream().noneMatch(c -> c.body().get("text").asText().contains("461")),
                "the plain group message was answered");
    }

    @Test
    void aPressedButtonIsAcknowledgedAndAnswered() throws Exception {
        fixture.api.message(PRIVATE, "private", "erkenningen bouw 2022-2023", "nl", null);
        FakeBotApi.Call answer = fixture.api.nextDelivered(15);
        assertNotNull(answer);
        var button = answer.body().get("reply_markup").get("inline_keyboard").get(0).get(0);
        fixture.api.press(PRIVATE, button.get("callback_data").asText());
        FakeBotApi.Call next = fixture.api.nextDelivered(15);
        assertNotNull(next, "no answer to the button");
        assertTrue(next.body().path(next.method().equals("sendphoto") ? "caption" : "text").asText().contains("Bouw"),
                next.body().toString());
        assertEquals(1, fixture.api.calls("answerCallbackQuery").size());
    }

    @Test
    void aSeriesComesAsAChartWithTheAnswerAsCaptionUnlessTheChatTurnedChartsOff() throws Exception {
        fixture.api.message(PRIVATE, "private", "evolutie overeenkomsten horeca", "nl", null);
        FakeBotApi.Call photo = fixture.api.nextDelivered(15);
        assertNotNull(photo);
        assertEquals("sendphoto", photo.method());
        assertTrue(photo.body().has("photo"), "the PNG part");
        java.util.List<String> years = fixture.bot.data().tableWith("agreements", "Horeca").orElseThrow().yearsOf("Horeca");
        String newest = cell("agreements", "Horeca", years.get(years.size() - 1)); // its own newest, not every table's
        String said = photo.body().get("caption").asText();
        if (!said.contains(newest)) { // an answer longer than a caption follows the chart as text
            said = fixture.api.nextDelivered(15).body().get("text").asText();
        }
        assertTrue(said.contains(newest), said);
        fixture.api.message(PRIVATE, "private", "/grafiek uit", "nl", null);
        assertTrue(fixture.api.nextDelivered(15).body().get("text").asText().contains("uit"));
        fixture.api.message(PRIVATE, "private", "evolutie erkenningen bouw", "nl", null);
        FakeBotApi.Call text = fixture.api.nextDelivered(15);
        assertNotNull(text);
        assertEquals("sendmessage", text.method(), "charts are off in this chat");
        assertTrue(text.body().get("text").asText().contains(cell("recognitions", "Bouw", "2022-2023")));
    }

    private String cell(String measure, String member, String year) {
        return fixture.cell(measure, member, year);
    }
}
