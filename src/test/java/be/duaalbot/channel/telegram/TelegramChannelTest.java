package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real TelegramBots client and long polling against a fake Bot API on 127.0.0.1: private
 * questions with follow-ups, a 429 that still delivers once, /start, the command menu,
 * group rules, and the next-question buttons.
 */
class TelegramChannelTest {
    private static final String TOKEN = "123456:TEST";
    private static final long PRIVATE = 1001;
    private static final long GROUP = -100200;

    private FakeBotApi api;
    private TelegramChannel channel;
    private DuaalBot bot;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi(TOKEN);
        bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        var settings = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url()));
        channel = new TelegramChannel(settings, new AnswerService(bot, new SimpleMeterRegistry(), be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults()));
        channel.start(null);
    }

    @AfterEach
    void stop() {
        channel.stop();
        api.close();
    }

    @Test
    void privateQuestionsAreAnsweredOnceEvenAfterA429AndFollowUpsUseTheChat() throws Exception {
        api.tooManyRequests(1);
        api.message(PRIVATE, "private", "horeca agreements 2022-2023", "en", null);
        FakeBotApi.Call first = api.nextDelivered(15);
        assertNotNull(first, "no answer");
        assertEquals(PRIVATE, first.body().get("chat_id").asLong());
        assertEquals("HTML", first.body().get("parse_mode").asText());
        assertTrue(first.body().get("text").asText().contains(cell("agreements", "Horeca", "2022-2023")), first.body().toString());
        api.message(PRIVATE, "private", "en in 2021-2022?", "nl", null);
        FakeBotApi.Call second = api.nextDelivered(15);
        assertNotNull(second, "no answer to the follow-up");
        assertTrue(second.body().get("text").asText().contains(cell("agreements", "Horeca", "2021-2022")), second.body().toString());
        long answersWith292 = api.calls("sendMessage").stream()
                .filter(c -> c.body().get("text").asText().contains("292")).count();
        assertEquals(2, answersWith292, "one 429 and one delivery of the first answer");
        assertTrue(first.body().has("reply_markup"), "next-question buttons");
    }

    @Test
    void startGreetsInTheUsersLanguageAndTheMenuIsRegisteredInBoth() throws Exception {
        api.message(PRIVATE, "private", "/start", "nl", null);
        FakeBotApi.Call welcome = api.nextDelivered(15);
        assertNotNull(welcome);
        assertTrue(welcome.body().get("text").asText().startsWith("Hallo!"), welcome.body().toString());
        assertEquals(2, api.calls("setMyCommands").size());
        assertTrue(api.calls("setMyCommands").stream().anyMatch(c -> "en".equals(c.body().path("language_code").asText())));
        assertTrue(api.calls("getMe").size() >= 1);
    }

    @Test
    void inAGroupOnlyCommandsMentionsAndRepliesAreAnswered() throws Exception {
        api.message(GROUP, "supergroup", "bouw overeenkomsten 2022-2023", "nl", null);
        api.message(GROUP, "supergroup", "/duaal erkenningen Limburg 2021-2022", "nl", null);
        FakeBotApi.Call command = api.nextDelivered(15);
        assertNotNull(command);
        assertTrue(command.body().get("text").asText().contains(cell("recognitions", "Provincie Limburg", "2021-2022")), command.body().toString());
        api.message(GROUP, "supergroup", "@" + FakeBotApi.USERNAME + " horeca overeenkomsten 2020-2021", "nl", null);
        FakeBotApi.Call mention = api.nextDelivered(15);
        assertNotNull(mention);
        assertTrue(mention.body().get("text").asText().contains(cell("agreements", "Horeca", "2020-2021")), mention.body().toString());
        api.message(GROUP, "supergroup", "en in 2019-2020?", "nl", 5L);
        FakeBotApi.Call reply = api.nextDelivered(15);
        assertNotNull(reply);
        assertTrue(reply.body().get("text").asText().contains(cell("agreements", "Horeca", "2019-2020")), reply.body().toString());
        assertTrue(api.calls("sendMessage").stream().noneMatch(c -> c.body().get("text").asText().contains("461")),
                "the plain group message was answered");
    }

    @Test
    void aPressedButtonIsAcknowledgedAndAnswered() throws Exception {
        api.message(PRIVATE, "private", "erkenningen bouw 2022-2023", "nl", null);
        FakeBotApi.Call answer = api.nextDelivered(15);
        assertNotNull(answer);
        var button = answer.body().get("reply_markup").get("inline_keyboard").get(0).get(0);
        api.press(PRIVATE, button.get("callback_data").asText());
        FakeBotApi.Call next = api.nextDelivered(15);
        assertNotNull(next, "no answer to the button");
        assertTrue(next.body().path(next.method().equals("sendphoto") ? "caption" : "text").asText().contains("Bouw"),
                next.body().toString());
        assertEquals(1, api.calls("answerCallbackQuery").size());
    }

    @Test
    void aSeriesComesAsAChartWithTheAnswerAsCaptionUnlessTheChatTurnedChartsOff() throws Exception {
        api.message(PRIVATE, "private", "evolutie overeenkomsten horeca", "nl", null);
        FakeBotApi.Call photo = api.nextDelivered(15);
        assertNotNull(photo);
        assertEquals("sendphoto", photo.method());
        assertTrue(photo.body().get("caption").asText().contains(cell("agreements", "Horeca", "2022-2023")), photo.body().toString());
        assertTrue(photo.body().has("photo"), "the PNG part");
        api.message(PRIVATE, "private", "/grafiek uit", "nl", null);
        assertTrue(api.nextDelivered(15).body().get("text").asText().contains("uit"));
        api.message(PRIVATE, "private", "evolutie erkenningen bouw", "nl", null);
        FakeBotApi.Call text = api.nextDelivered(15);
        assertNotNull(text);
        assertEquals("sendmessage", text.method(), "charts are off in this chat");
        assertTrue(text.body().get("text").asText().contains(cell("recognitions", "Bouw", "2022-2023")));
    }

    private String cell(String measure, String member, String year) {
        int value = bot.data().tableWith(measure, member).orElseThrow().value(member, year).getAsInt();
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-BE")).format(value);
    }
}
