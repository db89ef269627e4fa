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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the Bot API, injected by the fake: a chat whose sends meet a 429, a 500, a 502 HTML
 * page and a body that is not JSON still gets its answer exactly once, and another chat is not
 * held up meanwhile. Access: the allow-list refuses once, the rate limit answers once, then silence.
 */
class TelegramFaultsTest {
    private static final Map<String, String> QUIET_SPELL_OF_THREE_SECONDS = Map.of("DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", "1",
            "DUAALBOT_DELIVERY_TIMEOUT_SECONDS", "2");
    private FakeBotApi api;
    private TelegramChannel channel;

    private java.util.Set<Thread> before;

    private static java.util.Set<Thread> channelThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("telegram-"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private void start(Map<String, String> extra) throws Exception {
        before = channelThreads();
        api = new FakeBotApi("123456:TEST");
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST", "TELEGRAM_API_URL", api.url()));
        env.putAll(extra);
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        channel = new TelegramChannel(SettingsLoader.load(env), new AnswerService(bot, new SimpleMeterRegistry(), be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults()));
        channel.start(null);
        channel.ready().get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        channel.stop();
        api.close();
        var alive = channelThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName).toList();
        assertTrue(alive.isEmpty(), "threads of this channel outlived its stop: " + alive);
    }

    @Test
    void eachAnswerArrivesOnceAfterFaultsAndOtherChatsAreNotHeldUp() throws Exception {
        // a body that is not JSON may follow a delivery: the resend waits a quiet spell, 3 s here
        start(QUIET_SPELL_OF_THREE_SECONDS);
        api.faults(1, "429", "500", "502", "not json");
        api.message(1, "private", "horeca agreements 2022-2023", "en", null);
        api.message(2, "private", "bouw erkenningen 2021-2022", "nl", null);
        FakeBotApi.Call first = api.nextDelivered(10);
        assertNotNull(first);
        assertEquals(2, first.body().get("chat_id").asLong(), "the healthy chat waited for the faulty one");
        FakeBotApi.Call second = api.nextDelivered(20);
        assertNotNull(second, "the faulty chat never got its answer");
        assertEquals(1, second.body().get("chat_id").asLong());
        assertTrue(second.body().get("text").asText().contains("292"));
        api.message(2, "private", "en in 2022-2023?", "nl", null);
        assertNotNull(api.nextDelivered(10));
        assertEquals(5, api.calls("sendMessage").stream().filter(c -> c.body().get("chat_id").asLong() == 1).count(),
                "four faults and one delivery, no more");
    }

    @Test
    void chatsOffTheAllowListAreRefusedOnceAndChatsOverTheirRateToldOnce() throws Exception {
        start(Map.of("TELEGRAM_ALLOWED_CHATS", "1,2", "DUAALBOT_RATE_CHAT_PER_MINUTE", "2"));
        api.message(3, "private", "horeca overeenkomsten 2022-2023", "nl", null);
        api.message(3, "private", "bouw overeenkomsten 2022-2023", "nl", null);
        FakeBotApi.Call refusal = api.nextDelivered(10);
        assertNotNull(refusal);
        assertEquals(3, refusal.body().get("chat_id").asLong());
        assertTrue(refusal.body().get("text").asText().contains("niet beschikbaar"), refusal.body().toString());
        for (String q : new String[] {"horeca overeenkomsten 2022-2023", "bouw overeenkomsten 2022-2023",
            "limburg overeenkomsten 2022-2023", "antwerpen overeenkomsten 2022-2023"}) {
            api.message(1, "private", q, "nl", null);
        }
        int answers = 0;
        int slowDowns = 0;
        for (int i = 0; i < 3; i++) {
            FakeBotApi.Call c = api.nextDelivered(10);
            assertNotNull(c);
            assertEquals(1, c.body().get("chat_id").asLong());
            if (c.body().get("text").asText().contains("rustig aan")) {
                slowDowns++;
            } else {
                answers++;
            }
        }
        assertEquals(2, answers);
        assertEquals(1, slowDowns);
        api.message(2, "private", "horeca overeenkomsten 2021-2022", "nl", null);
        FakeBotApi.Call other = api.nextDelivered(10);
        assertEquals(2, other.body().get("chat_id").asLong(), "a fourth message to chat 1 or a second refusal to chat 3 was sent");
    }
}
