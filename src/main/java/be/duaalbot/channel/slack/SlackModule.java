package be.duaalbot.channel.slack;

import be.duaalbot.core.ChannelModule;
import be.duaalbot.core.Settings;
import java.util.Map;
import java.util.Set;

/**
 * Slack as a channel module: its settings (see {@code config/application.yml}) and secrets;
 * {@link SlackSettings} reads them typed. On in Socket Mode with a bot and an app token, in HTTP
 * mode with a bot token and a signing secret.
 */
public final class SlackModule implements ChannelModule {
    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String APP_TOKEN = "SLACK_APP_TOKEN";
    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    static final String API_URL = "SLACK_API_URL";
    static final String ALLOWED_TEAMS = "SLACK_ALLOWED_TEAMS";
    static final String ALLOWED_CHANNELS = "SLACK_ALLOWED_CHANNELS";

    @Override
    public String name() {
        return SlackChannel.CHANNEL;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(API_URL, "https://slack.com/api/", ALLOWED_TEAMS, "", ALLOWED_CHANNELS, "");
    }

    @Override
    public Set<String> secrets() {
        return Set.of(BOT_TOKEN, APP_TOKEN, SIGNING_SECRET);
    }

    @Override
    public void check(Settings settings) {
        SlackSettings.of(settings);
    }
}
