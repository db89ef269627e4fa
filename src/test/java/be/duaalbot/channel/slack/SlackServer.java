package be.duaalbot.channel.slack;

import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.TestService;
import be.duaalbot.core.SettingsLoader;
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

    SlackServer(String botToken, String signingSecret, Map<String, String> extra) throws Exception {
        slack = new FakeSlackApi();
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", botToken, "SLACK_SIGNING_SECRET", signingSecret,
                "SLACK_API_URL", slack.apiUrl()));
        env.putAll(extra);
        TestService test = new TestService();
        http = test.http;
        channel = new SlackChannel(SettingsLoader.load(env), test.service);
        channel.start(http);
        http.start("127.0.0.1", 0);
        channel.ready().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channel.stop();
        http.stop();
        slack.close();
    }
}
