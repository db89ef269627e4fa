package be.duaalbot.channel.telegram;

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
 * Telegram as a channel module: its settings (see {@code config/application.yml}) and secrets;
 * {@link TelegramSettings} reads them typed. On when {@code TELEGRAM_BOT_TOKEN} is set.
 */
public final class TelegramModule implements ChatModule {
    static final String BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String API_URL = "TELEGRAM_API_URL";
    static final String WEBHOOK_URL = "TELEGRAM_WEBHOOK_URL";
    static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
    static final String ALLOWED_CHATS = "TELEGRAM_ALLOWED_CHATS";

    /** Messages waiting to be sent, photos included, over every chat; kept through an outage. */
    static final Store OUTBOX = new Store("telegram outbox", 3);
    static final Store RATE_LIMITS = new Store("telegram rate limits", 2);
    /** The questions behind the next-question buttons. */
    static final Store BUTTONS = new Store("telegram buttons", 2);
    static final Store CHARTS_OFF = new Store("telegram charts off", 1);
    static final Store REFUSED = new Store("telegram refused", 1);

    @Override
    public String name() {
        return TelegramReplies.CHANNEL;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(API_URL, "https://api.telegram.org", WEBHOOK_URL, "", ALLOWED_CHATS, "");
    }

    @Override
    public Set<String> secrets() {
        return Set.of(BOT_TOKEN, WEBHOOK_SECRET);
    }

    @Override
    public List<Store> stores() {
        return List.of(OUTBOX, RATE_LIMITS, BUTTONS, CHARTS_OFF, REFUSED);
    }

    @Override
    public void check(Settings settings) {
        TelegramSettings.of(settings);
    }

    @Override
    public Optional<ChatChannel> open(HttpChannel http, AnswerService service, Settings settings) {
        if (!TelegramSettings.of(settings).on()) {
            return Optional.empty();
        }
        TelegramChannel telegram = new TelegramChannel(settings, service);
        telegram.routes(http);
        return Optional.of(telegram);
    }

    /** TelegramBots' poller, interrupted, logs a stack trace; OkHttp its cancelled calls. */
    @Override
    public List<String> stopNoise() {
        return List.of("org.telegram", "okhttp3");
    }

    @Override
    public String line(Settings settings) {
        TelegramSettings telegram = TelegramSettings.of(settings);
        return telegram.on() ? "channel telegram: on (" + (telegram.webhook() ? "webhook" : "long polling") + ")"
                : "channel telegram: off; set TELEGRAM_BOT_TOKEN to turn it on";
    }
}
