package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Which messages are questions, on real Update JSON as Telegram sends it. */
class UpdateRouterTest {
    private final UpdateRouter router = new UpdateRouter("Duaal_Test_Bot", 42, java.util.Set.of("duaal", "start", "help", "bron", "sectoren", "provincies", "grafiek"));

    @Test
    void privateTextIsAQuestion() throws Exception {
        assertEquals(Optional.of(UpdateRouter.Routed.question("horeca 2022-2023")), router.route(message("private", "horeca 2022-2023", null)));
    }

    @Test
    void groupsAnswerOnlyCommandsMentionsAndReplies() throws Exception {
        assertTrue(router.route(message("group", "bouw overeenkomsten 2022-2023", null)).isEmpty());
        assertEquals("erkenningen Limburg", router.route(message("supergroup", "/duaal erkenningen Limburg", null)).get().question());
        assertEquals("erkenningen Limburg", router.route(message("supergroup", "/duaal@duaal_test_bot erkenningen Limburg", null)).get().question());
        assertTrue(router.route(message("supergroup", "/duaal@other_bot erkenningen", null)).isEmpty(), "another bot's command");
        assertEquals("horeca 2022-2023", router.route(message("group", "@duaal_test_bot horeca 2022-2023", null)).get().question());
        assertEquals("en in 2021?", router.route(message("group", "en in 2021?", 42L)).get().question());
        assertTrue(router.route(message("group", "en in 2021?", 99L)).isEmpty(), "a reply to someone else");
        assertTrue(router.route(message("group", "/weather", null)).isEmpty());
    }

    @Test
    void commandsAreRecognised() throws Exception {
        assertEquals("start", router.route(message("private", "/start", null)).get().command());
        assertEquals("provincies", router.route(message("group", "/provincies@duaal_test_bot", null)).get().command());
        assertTrue(router.route(message("private", "   ", null)).isEmpty());
    }

    private static Message message(String type, String text, Long replyFrom) throws Exception {
        String reply = replyFrom == null ? "" : ",\"reply_to_message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"" + type
                + "\"},\"from\":{\"id\":" + replyFrom + ",\"is_bot\":true,\"first_name\":\"B\"}}";
        String json = "{\"message_id\":2,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"" + type + "\"},"
                + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"T\"},\"text\":" + new ObjectMapper().writeValueAsString(text) + reply + "}";
        return new ObjectMapper().readValue(json, Message.class);
    }
}
