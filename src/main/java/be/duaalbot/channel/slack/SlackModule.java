package be.duaalbot.channel.slack;

import be.duaalbot.channel.http.ChatModule;
import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.ChatChannel;
import be.duaalbot.core.MemoryBudget.Store;
import be.duaalbot.core.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack as a channel module: its settings (see {@code config/application.yml}) and secrets;
 * {@link SlackSettings} reads them typed. On in Socket Mode with a bot and an app token, in HTTP
 * mode with a bot token and a signing secret.
 */
public final class SlackModule implements ChatModule {
    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String APP_TOKEN = "SLACK_APP_TOKEN";
    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    static final String API_URL = "SLACK_API_URL";
    static final String ALLOWED_TEAMS = "SLACK_ALLOWED_TEAMS";
    static final String ALLOWED_CHANNELS = "SLACK_ALLOWED_CHANNELS";

    /** Replies kept for their buttons: "post in the channel", "show all", "CSV". */
    static final Store SHOWN = new Store("slack shown", 3);
    static final Store RATE_LIMITS = new Store("slack rate limits", 2);
    /** Messages and charts waiting to be posted, over every channel. */
    static final Store OUTBOX = new Store("slack outbox", 2);
    /** Event ids already answered (Slack delivers again when unsure). */
    static final Store SEEN_EVENTS = new Store("slack seen events", 1);
    /** Block actions and slash commands already handled (replays). */
    static final Store SEEN_ACTIONS = new Store("slack seen actions", 1);
    static final Store REFUSED = new Store("slack refused", 1);

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
    public List<Store> stores() {
        return List.of(SHOWN, RATE_LIMITS, OUTBOX, SEEN_EVENTS, SEEN_ACTIONS, REFUSED);
    }

    @Override
    public void check(Settings settings) {
        SlackSettings.of(settings);
    }

    @Override
    public Optional<ChatChannel> open(HttpChannel http, AnswerService service, Settings settings) {
        if (!SlackSettings.of(settings).on()) {
            return Optional.empty();
        }
        SlackChannel slack = new SlackChannel(settings, service);
        slack.routes(http);
        return Optional.of(slack);
    }

    /** Bolt prints multi-line suggestions; OkHttp and the Socket Mode WebSocket their cancelled calls. */
    @Override
    public List<String> stopNoise() {
        return List.of("com.slack", "okhttp3", "org.java_websocket");
    }

    @Override
    public String line(Settings settings) {
        SlackSettings slack = SlackSettings.of(settings);
        return slack.on() ? "channel slack: on (" + (slack.socketModeOn() ? "Socket Mode" : "HTTP mode") + ")"
                : "channel slack: off; set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)";
    }
}
