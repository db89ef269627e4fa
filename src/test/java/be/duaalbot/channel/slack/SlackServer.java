package be.duaalbot.channel.slack;

import be.duaalbot.channel.FlakyLink;
import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.TestService;
import be.duaalbot.core.SettingsLoader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: the Slack app in HTTP mode on the service's own server at a free loopback port,
 * signed with {@code signingSecret}, calling a fake Web API; {@code extra} settings on top.
 */
final class SlackServer implements AutoCloseable {
    final FakeSlackApi slack;
    final HttpChannel http;
    final SlackChannel channel;
    final FlakyLink link;
    private final SlackSigner signer;
    /** Each request its own trigger_id: the channel ignores a replayed one. */
    private final java.util.concurrent.atomic.AtomicInteger triggers = new java.util.concurrent.atomic.AtomicInteger();

    SlackServer(String botToken, String signingSecret, Map<String, String> extra) throws Exception {
        this(botToken, signingSecret, extra, false);
    }

    /** {@code flaky}: the Web API is reached through a {@link FlakyLink} ({@link #link}), which can make it unreachable. */
    SlackServer(String botToken, String signingSecret, Map<String, String> extra, boolean flaky) throws Exception {
        signer = new SlackSigner(signingSecret);
        slack = new FakeSlackApi();
        link = flaky ? new FlakyLink(URI.create(slack.apiUrl()).getPort()) : null;
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", botToken, "SLACK_SIGNING_SECRET", signingSecret,
                "SLACK_API_URL", flaky ? link.url() + "/api/" : slack.apiUrl()));
        env.putAll(extra);
        TestService test = new TestService();
        http = test.http;
        channel = new SlackChannel(SettingsLoader.load(env), test.service);
        channel.start(http);
        http.start("127.0.0.1", 0);
        channel.ready().get(10, TimeUnit.SECONDS);
    }

    /** A signed Events API request (JSON); its HTTP status. */
    int event(String json) throws Exception {
        return send(json, "application/json").statusCode();
    }

    /** A signed slash command (form fields already encoded); Bolt's acknowledgement. */
    HttpResponse<String> command(String channel, String text) throws Exception {
        return send("token=t&team_id=T1&channel_id=" + channel + "&user_id=U1&command=%2Fduaal&trigger_id=tr" + triggers.incrementAndGet() + "&response_url="
                + URLEncoder.encode(slack.responseUrl("1"), StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** A signed press of a button with this action and value, under a message in {@code channel} (and thread). */
    int press(String actionId, String value, String channel, String messageTs, String threadTs) throws Exception {
        String container = "{\"type\":\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\"" + channel + "\""
                + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"") + "}";
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"channel\":{\"id\":\""
                + channel + "\"},\"container\":" + container + ",\"response_url\":\"" + slack.responseUrl("2")
                + "\",\"trigger_id\":\"tr" + triggers.incrementAndGet() + "\",\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b\",\"type\":\"button\","
                + "\"value\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value) + ",\"action_ts\":\"1\"}]}";
        return send("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded").statusCode();
    }

    private HttpResponse<String> send(String body, String type) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + http.port() + "/slack/events");
        return HttpClient.newHttpClient().send(signer.signed(uri, body, SlackSigner.now()).header("Content-Type", type).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        channel.stop();
        http.stop();
        if (link != null) {
            link.close();
        }
        slack.close();
    }
}
