package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Telegram's conventions against the fake Bot API: one screen and "show all", forum topics,
 * replies in groups, inline mode, deep links, stickers, edits, expired buttons, the greeting
 * in a new group, scoped command menus and admin-only chart settings.
 */
class TelegramConventionsTest {
    private static final long PRIVATE = 1001;
    private static final long GROUP = -100300;
    private static final String BROAD = "erkenningen en overeenkomsten per sector";

    @RegisterExtension
    final TelegramTestBot fixture = new TelegramTestBot();

    @Test
    void aBroadQuestionFitsOneScreenAndShowAllDeliversEveryRow() throws Exception {
        fixture.api.message(PRIVATE, "private", BROAD, "nl", null);
        List<FakeBotApi.Call> shown = untilKeyboard();
        assertTrue(shown.size() <= 2, shown.size() + " messages");
        int chars = shown.stream().mapToInt(c -> text(c).length()).sum();
        assertTrue(chars <= 1500, chars + " characters");
        JsonNode keyboard = shown.get(shown.size() - 1).body().get("reply_markup").get("inline_keyboard");
        JsonNode all = keyboard.get(0).get(0);
        assertEquals("Toon alles", all.get("text").asText());
        assertTrue(keyboard.toString().contains("start%3D"), "a share button with a deep link: " + keyboard);
        Answer full = fixture.bot.answer(BROAD);
        fixture.api.press(PRIVATE, all.get("callback_data").asText());
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < HtmlFormat.messages(full).size(); i++) {
            FakeBotApi.Call part = fixture.api.nextDelivered(15);
            assertNotNull(part, "the full table stopped after " + i + " messages");
            table.append(text(part));
        }
        for (Figure f : full.figures()) {
            assertTrue(table.toString().contains(HtmlFormat.escape(f.member())), "missing row " + f.member());
        }
    }

    @Test
    void aForumTopicKeepsItsThreadAndAGroupAnswerRepliesToTheQuestion() throws Exception {
        int question = fixture.api.topicMessage(GROUP, 77, "/duaal horeca overeenkomsten 2022-2023");
        FakeBotApi.Call answer = fixture.api.nextDelivered(15);
        assertNotNull(answer);
        assertEquals(77, answer.body().get("message_thread_id").asInt(), answer.body().toString());
        assertEquals(question, answer.body().get("reply_parameters").get("message_id").asInt());
        assertTrue(text(answer).contains(cell("agreements", "Horeca", "2022-2023")));
    }

    @Test
    void anInlineQueryGetsTheShortAnswerAsAnArticleCitingItsSource() throws Exception {
        fixture.api.inlineQuery("iq1", "horeca overeenkomsten 2022-2023");
        FakeBotApi.Call call = fixture.api.next("answerInlineQuery", 15);
        assertNotNull(call);
        assertEquals("iq1", call.body().get("inline_query_id").asText());
        JsonNode article = call.body().get("results").get(0);
        assertEquals("article", article.get("type").asText());
        String message = article.get("input_message_content").get("message_text").asText();
        assertTrue(message.contains(cell("agreements", "Horeca", "2022-2023")), message);
        assertTrue(message.contains(HtmlFormat.escape(fixture.bot.answer("horeca overeenkomsten 2022-2023").source())), message);
    }

    @Test
    void aDeepLinkAsksItsQuestion() throws Exception {
        String payload = DeepLink.payload("horeca overeenkomsten 2021-2022").orElseThrow();
        fixture.api.message(PRIVATE, "private", "/start " + payload, "nl", null);
        FakeBotApi.Call answer = fixture.api.nextDelivered(15);
        assertNotNull(answer);
        assertTrue(text(answer).contains(cell("agreements", "Horeca", "2021-2022")), text(answer));
    }

    @Test
    void aStickerGetsAShortTextOnlyReply() throws Exception {
        fixture.api.sticker(PRIVATE, "en");
        FakeBotApi.Call reply = fixture.api.nextDelivered(15);
        assertNotNull(reply);
        assertTrue(text(reply).startsWith("I read text only"), text(reply));
    }

    @Test
    void aPhotoWithoutCaptionGetsTheTextOnlyReplyAndACaptionIsReadAsAQuestion() throws Exception {
        fixture.api.photo(PRIVATE, null);
        assertTrue(text(fixture.api.nextDelivered(15)).startsWith("Ik lees alleen tekst"));
        fixture.api.photo(PRIVATE, "horeca overeenkomsten 2019-2020");
        FakeBotApi.Call answer = fixture.api.nextDelivered(15);
        assertNotNull(answer);
        assertTrue(text(answer).contains(cell("agreements", "Horeca", "2019-2020")), text(answer));
    }

    @Test
    void anEditedQuestionEditsTheEarlierReply() throws Exception {
        int question = fixture.api.message(PRIVATE, "private", "horeca overeenkomsten 2022-2023", "nl", null);
        FakeBotApi.Call first = fixture.api.nextDelivered(15);
        assertNotNull(first);
        fixture.api.edit(PRIVATE, question, "horeca overeenkomsten 2020-2021");
        FakeBotApi.Call edit = fixture.api.next("editMessageText", 15);
        assertNotNull(edit, "the reply was not edited");
        assertEquals(first.body().get("sent_message_id").asInt(), edit.body().get("message_id").asInt());
        assertTrue(edit.body().get("text").asText().contains(cell("agreements", "Horeca", "2020-2021")));
    }

    @Test
    void anExpiredButtonIsAnsweredWithAShortText() throws Exception {
        fixture.api.press(PRIVATE, "q987654321");
        FakeBotApi.Call ack = fixture.api.next("answerCallbackQuery", 15);
        assertNotNull(ack);
        assertTrue(ack.body().get("text").asText().contains("verlopen"), ack.body().toString());
    }

    @Test
    void addedToAGroupItGreetsWithExamples() throws Exception {
        fixture.api.addedToGroup(GROUP);
        FakeBotApi.Call greeting = fixture.api.nextDelivered(15);
        assertNotNull(greeting);
        assertEquals(GROUP, greeting.body().get("chat_id").asLong());
        assertTrue(text(greeting).contains("/duaal "), text(greeting));
    }

    @Test
    void menusAreScopedAndOnlyAdminsSwitchAGroupsCharts() throws Exception {
        List<FakeBotApi.Call> menus = fixture.api.calls("setMyCommands");
        assertEquals(4, menus.size());
        JsonNode group = menus.stream().filter(c -> c.body().get("scope").get("type").asText().equals("all_group_chats"))
                .findFirst().orElseThrow().body();
        assertFalse(group.get("commands").toString().contains("sectoren"), group.toString());
        fixture.api.message(GROUP, "supergroup", "/grafiek uit", "nl", null);
        assertTrue(text(fixture.api.nextDelivered(15)).contains("beheerders"));
        fixture.api.admin(GROUP);
        fixture.api.message(GROUP, "supergroup", "/grafiek uit", "nl", null);
        assertTrue(text(fixture.api.nextDelivered(15)).contains("uit"));
    }

    /** The messages of one reply: up to the one that carries the buttons. */
    private List<FakeBotApi.Call> untilKeyboard() throws InterruptedException {
        List<FakeBotApi.Call> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FakeBotApi.Call c = fixture.api.nextDelivered(15);
            assertNotNull(c, "the reply stopped without buttons");
            out.add(c);
            if (c.body().has("reply_markup")) {
                return out;
            }
        }
        return out;
    }

    private static String text(FakeBotApi.Call call) {
        return call.body().path(call.method().equals("sendphoto") ? "caption" : "text").asText();
    }

    private String cell(String measure, String member, String year) {
        return fixture.cell(measure, member, year);
    }
}
