package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.TestService;
import be.duaalbot.core.SettingsLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode: setWebhook with the secret, updates at POST /telegram/webhook, 401 without the right secret header. */
class TelegramWebhookTest {
    private static final String SECRET = "s3cr3t-webhook";
    private FakeBotApi api;
    private TelegramChannel channel;
    private HttpChannel http;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi("123456:TEST");
        var settings = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST", "TELEGRAM_API_URL", api.url(),
                "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET", SECRET,
                // the calls the fake holds must not time out while the queue is being filled, however slow the machine
                "DUAALBOT_DELIVERY_TIMEOUT_SECONDS", "300"));
        TestService test = new TestService();
        http = test.http;
        channel = new TelegramChannel(settings, test.service);
        channel.start(http);
        http.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        channel.stop();
        http.stop();
        api.close();
    }

    @Test
    void updatesArriveWithTheSecretAndAreRefusedWithoutIt() throws Exception {
        String update = "{\"update_id\":1,\"message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":77,\"type\":\"private\"},"
                + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"T\"},\"text\":\"horeca agreements 2022-2023\"}}";
        channel.ready().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(401, post(update, null));
        assertEquals(401, post(update, "wrong"));
        assertEquals(200, post(update, SECRET));
        FakeBotApi.Call sent = api.nextDelivered(10);
        assertNotNull(sent);
        assertTrue(sent.body().get("text").asText().contains("292"), sent.body().toString());
        var setWebhook = api.calls("setWebhook");
        assertEquals(1, setWebhook.size());
        assertEquals(SECRET, setWebhook.get(0).body().get("secret_token").asText());
        assertEquals(1, api.calls("sendMessage").size(), "refused updates caused nothing");
    }

    @Test
    void aHugeUnsignedBodyIsRefusedUnreadAndAnUpdateThatCannotBeQueuedIsNotAcknowledged() throws Exception {
        channel.ready().get(10, java.util.concurrent.TimeUnit.SECONDS);
        String huge = be.duaalbot.channel.http.RawHttp.chunkedPost(http.port(), "/telegram/webhook", 10 << 20);
        assertTrue(huge.startsWith("HTTP/1.1 401"), "10 MB without the secret: " + huge);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        api.holdCallbackAnswers(release);
        int accepted = 0;
        int status = 200;
        // every worker waits on the Bot API and the queue fills: the next update must not get a 2xx
        for (int id = 1; id <= TelegramChannel.QUEUED + 10 && status == 200; id++) {
            status = post("{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb" + id + "\",\"chat_instance\":\"c\","
                    + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"T\"},\"data\":\"none\"}}", SECRET);
            accepted += status == 200 ? 1 : 0;
        }
        release.countDown();
        assertEquals(503, status, "a full queue must refuse, so Telegram delivers the update again");
        assertTrue(accepted >= TelegramChannel.QUEUED, "accepted " + accepted);
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/telegram/webhook"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
