package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.Await;
import be.duaalbot.channel.FlakyLink;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Bot API in an outage shorter than the retry age (issue 21's scenarios, scaled down: a
 * retry age of two minutes, back-off of at most a second, calls timed out after two): no answer is
 * lost, and an answer whose delivery Telegram may have taken without saying so goes once more at
 * most. One question per chat, so that a chat's messages are its answer's. The outage lasts until
 * each message has met more failures than the bot's former five tries.
 */
class TelegramOutageTest {
    private static final String TOKEN = "123456:TEST";
    private static final int CHATS = 20;
    private static final String QUESTION = "horeca overeenkomsten 2022-2023";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private FakeBotApi api;
    private FlakyLink link;
    private TelegramChannel channel;

    private void start() throws Exception {
        api = new FakeBotApi(TOKEN);
        link = new FlakyLink(Integer.parseInt(api.url().substring(api.url().lastIndexOf(':') + 1)));
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", link.url(),
                "DUAALBOT_DELIVERY_MAX_AGE_SECONDS", "120", "DUAALBOT_DELIVERY_BACKOFF_MAX_SECONDS", "1",
                "DUAALBOT_DELIVERY_TIMEOUT_SECONDS", "2", "DUAALBOT_CHARTS", "false"));
        env.putAll(Map.of("DUAALBOT_RATE_USER_PER_MINUTE", "1000", "DUAALBOT_RATE_CHAT_PER_MINUTE", "1000"));
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        channel = new TelegramChannel(SettingsLoader.load(env), new AnswerService(bot, registry, MemoryBudget.ofHeap(),
                Conversations.defaults()));
        channel.start(null);
        channel.ready().get(15, java.util.concurrent.TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        channel.stop();
        link.close();
        api.close();
    }

    @Test
    void anOutageOfEveryCallLosesNoAnswer() throws Exception {
        start();
        api.others.fail(0.7, "500", "429");
        api.sends.fail(1, "500", "502", "429");
        ask();
        Await.until("two failed sends to every chat", 60, () -> failedPerChat(2));
        // each phase lasts until the messages were tried about twice in it: each meets more failures
        // than the five tries the bot used to give a message
        double retried = count("retried");
        link.stall();
        Await.until("connects timing out", 90, () -> count("retried") >= retried + 2 * CHATS);
        double refused = count("retried");
        link.refuse();
        Await.until("connects refused", 60, () -> count("retried") >= refused + 2 * CHATS);
        link.open();
        api.others.recover();
        api.sends.recover();
        assertEachAnsweredAtMostTwice();
        assertEquals(0, count("dropped") + count("failed"), "dropped or given up");
    }

    @Test
    void anOutageOfSendMessageLosesNoAnswer() throws Exception {
        start();
        api.sends.fail(1, "500", "502", "429"); // hanging and cut sends: the next test
        ask();
        Await.until("eight failed sends to every chat", 90, () -> failedPerChat(8));
        api.sends.recover();
        assertEachAnsweredAtMostTwice();
        assertTrue(perChat().values().stream().allMatch(n -> n == 1), "nothing was delivered twice: " + perChat());
        assertEquals(0, count("dropped") + count("failed"), "dropped or given up");
    }

    /**
     * Hanging and cut sends that delivered nothing, while the outage goes on (one more chat's
     * sends keep failing): a message that met one is not sent again into the outage, where it
     * would meet a second and be given up; it goes once the failures stop, exactly once.
     */
    @Test
    void sendsThatHangOrAreCutWithoutDeliveringLoseNoAnswer() throws Exception {
        start();
        long busy = CHATS + 1;
        api.faults(busy, java.util.Collections.nCopies(15, "500").toArray(String[]::new));
        api.sends.fail(1, "hang", "reset");
        api.message(busy, "private", QUESTION, "nl", null);
        ask();
        Await.until("a hanging or cut send to every chat", 60, () -> failedPerChat(1));
        Await.until("the outage going on: ten failed sends to another chat", 60, () -> failed(busy) >= 10);
        api.sends.recover();
        Await.until("every chat answered", 120, () -> perChat().size() == CHATS + 1);
        assertTrue(perChat().values().stream().allMatch(n -> n == 1), "each answered once: " + perChat());
        assertEquals(0, count("dropped") + count("failed"), "dropped or given up");
    }

    @Test
    void anAnswerDeliveredWhoseResponseIsLostIsSentOnceMoreAtMost() throws Exception {
        start();
        api.sends.fail(1, "delivered hang", "delivered reset");
        ask();
        Await.until("every answer given up as perhaps delivered", 180, () -> count("failed") + count("dropped") >= CHATS);
        api.sends.recover();
        assertEachAnsweredAtMostTwice();
    }

    private void ask() {
        for (long chat = 1; chat <= CHATS; chat++) {
            api.message(chat, "private", QUESTION, "nl", null);
        }
    }

    /** Every chat's answer arrives, and none more than twice (one duplicate at most). */
    private void assertEachAnsweredAtMostTwice() throws InterruptedException {
        Await.until("every chat answered", 120, () -> perChat().size() >= CHATS);
        Map<Long, Long> counts = perChat();
        assertTrue(counts.values().stream().allMatch(n -> n <= 2), "a chat got its answer more than twice: " + counts);
        assertTrue(api.deliveries().stream().allMatch(c -> c.body().path("text").asText().contains("292")), "another answer");
    }

    private Map<Long, Long> perChat() {
        return api.deliveries().stream().collect(Collectors.groupingBy(c -> c.body().path("chat_id").asLong(), Collectors.counting()));
    }

    /** Whether every asked chat had at least {@code n} sendMessage calls that did not deliver. */
    private boolean failedPerChat(int n) {
        for (long chat = 1; chat <= CHATS; chat++) {
            if (failed(chat) < n) {
                return false;
            }
        }
        return true;
    }

    /** sendMessage calls to a chat that did not deliver. */
    private long failed(long chat) {
        long calls = api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).count();
        return calls - perChat().getOrDefault(chat, 0L);
    }

    private double count(String outcome) {
        Counter c = registry.find("duaalbot.messages").tag("channel", "telegram").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
