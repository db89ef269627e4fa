package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.channel.CsvRows;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.data.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "CSV" button in Telegram, through the real client against the fake Bot API: an answer with
 * figures carries it, and its press sends the figures as a document (sendDocument, multipart)
 * whose CSV, read back, has one row per figure equal to the data's cells; an answer without
 * figures has no such button; a document refused by an outage is sent again through the outbox.
 */
class TelegramCsvTest {
    private static final long CHAT = 3003;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "erkenningen per provincie";

    @RegisterExtension
    final TelegramTestBot fixture = new TelegramTestBot();

    @Test
    void theCsvButtonSendsTheFiguresAsADocumentThatReadsBackAsTheData() throws Exception {
        Answer full = fixture.bot.answer(QUESTION);
        assertFalse(full.figures().isEmpty(), "the question has figures");
        JsonNode csv = pressable(QUESTION, "nl");
        assertNotNull(csv, "no CSV button under an answer with figures");
        fixture.api.press(CHAT, csv.get("callback_data").asText());
        FakeBotApi.Call document = fixture.api.next("sendDocument", 15);
        assertNotNull(document, "no document sent");
        assertEquals(Long.toString(CHAT), document.body().path("chat_id").asText());
        assertTrue(document.body().path("document_filename").asText().matches("duaalbot-[a-z0-9-]+\\.csv"), document.body().toString());
        CsvRows.assertFigures(document.body().path("document").asText(), full, fixture.bot.data());
    }

    @Test
    void anAnswerWithoutFiguresHasNoCsvButton() throws Exception {
        String question = ChatTexts.get().text(Language.NL, "button.expired"); // a sentence that asks for no figure
        assertTrue(fixture.bot.answer(question).figures().isEmpty(), "the question has no figures");
        fixture.api.message(CHAT, "private", question, "nl", null);
        FakeBotApi.Call reply = fixture.api.nextDelivered(15);
        assertNotNull(reply, "no reply");
        assertNull(button(reply), "a CSV button without figures: " + reply.body());
    }

    @Test
    void aDocumentAnOutageRefusedIsSentAgain() throws Exception {
        JsonNode csv = pressable(QUESTION, "nl");
        assertNotNull(csv, "no CSV button");
        fixture.api.faults(CHAT, "500", "502");
        fixture.api.press(CHAT, csv.get("callback_data").asText());
        FakeBotApi.Call document = null;
        for (FakeBotApi.Call c = fixture.api.nextDelivered(30); c != null && document == null; c = document == null ? fixture.api.nextDelivered(30) : null) {
            document = c.method().equals("senddocument") ? c : null;
        }
        assertNotNull(document, "the document was lost");
        CsvRows.read(document.body().path("document").asText());
    }

    /** Asks, and returns the CSV button of the reply that carries the buttons (the chart may come first). */
    private JsonNode pressable(String question, String language) throws Exception {
        fixture.api.message(CHAT, "private", question, language, null);
        for (int i = 0; i < 2; i++) {
            FakeBotApi.Call call = fixture.api.nextDelivered(15);
            assertNotNull(call, "no reply");
            JsonNode button = button(call);
            if (button != null) {
                return button;
            }
        }
        return null;
    }

    private static JsonNode button(FakeBotApi.Call call) throws Exception {
        JsonNode markup = call.body().path("reply_markup");
        markup = markup.isTextual() ? JSON.readTree(markup.asText()) : markup;
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode b : row) {
                if (b.path("text").asText().equals(ChatTexts.get().text(Language.NL, "button.csv"))) {
                    return b;
                }
            }
        }
        return null;
    }
}
