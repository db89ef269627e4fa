package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a local WebSocket server speaking Slack's envelope protocol:
 * {@code apps.connections.open} on the fake Web API gives its {@code ws://} URL, it says
 * {@code hello}, sends an {@code events_api} envelope, and gets the acknowledgement with the
 * envelope's id; the answer reaches {@code chat.postMessage}.
 */
class SlackSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeSlackApi slack;
    private FakeSocket socket;
    private SlackChannel channel;

    /** The Socket Mode end of Slack: hello on connect, and every message the app sends kept. */
    static final class FakeSocket extends WebSocketServer {
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        volatile WebSocket client;

        FakeSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A1\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        socket = new FakeSocket();
        socket.start();
        assertTrue(socket.started.await(10, TimeUnit.SECONDS));
        slack.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/");
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        var settings = SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test",
                "SLACK_API_URL", slack.apiUrl()));
        channel = new SlackChannel(settings, new AnswerService(bot, new SimpleMeterRegistry(), be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults()));
        channel.start(null);
    }

    @AfterEach
    void stop() throws Exception {
        channel.stop();
        socket.stop(1000);
        slack.close();
    }

    @Test
    void anEventsApiEnvelopeIsAcknowledgedAndAnswered() throws Exception {
        assertTrue(socket.connected.await(15, TimeUnit.SECONDS), "the app did not connect");
        assertEquals("Bearer xapp-test", slack.calls("apps.connections.open").get(0).authorization());
        String envelope = "{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":{\"type\":\"event_callback\",\"team_id\":\"T1\","
                + "\"api_app_id\":\"A1\",\"event_id\":\"EvS1\",\"event_time\":1,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
                + "\"channel\":\"C1\",\"text\":\"<@UBOT> horeca agreements 2022-2023\",\"ts\":\"1700000002.000100\","
                + "\"event_ts\":\"1700000002.000100\"}}}";
        socket.client.send(envelope);
        String ack = socket.received.poll(10, TimeUnit.SECONDS);
        assertNotNull(ack, "no acknowledgement");
        JsonNode ackJson = JSON.readTree(ack);
        assertEquals("env-1", ackJson.get("envelope_id").asText());
        FakeSlackApi.Call posted = slack.nextPost(10);
        assertNotNull(posted, "no answer posted");
        assertEquals("1700000002.000100", posted.body().get("thread_ts").asText());
        assertTrue(posted.body().get("text").asText().contains("292"), posted.body().toString());
    }
}
