package be.duaalbot.channel.telegram;

import be.duaalbot.core.Secret;
import be.duaalbot.core.SettingValues;
import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsException;
import java.net.URI;
import java.util.Set;

/**
 * The Telegram settings {@link TelegramModule} declares, typed and checked together: a webhook
 * Telegram cannot call or that anyone could call, or an API URL whose path would be dropped,
 * stops the start rather than failing later, and silently.
 */
record TelegramSettings(Secret botToken, URI apiUrl, String webhookUrl, Secret webhookSecret, Set<String> allowedChats) {

    static TelegramSettings of(Settings s) {
        TelegramSettings t = new TelegramSettings(s.channelSecret(TelegramModule.BOT_TOKEN),
                noPath(TelegramModule.API_URL, SettingValues.url(TelegramModule.API_URL, s.channel(TelegramModule.API_URL))),
                SettingValues.optionalUrl(TelegramModule.WEBHOOK_URL, s.channel(TelegramModule.WEBHOOK_URL)),
                s.channelSecret(TelegramModule.WEBHOOK_SECRET),
                SettingValues.ids(TelegramModule.ALLOWED_CHATS, s.channel(TelegramModule.ALLOWED_CHATS), "-?\\d+"));
        t.checkWebhook();
        return t;
    }

    /** The bot runs when its token is set. */
    public boolean on() {
        return botToken.isSet();
    }

    /** Updates come to our webhook rather than by long polling. */
    public boolean webhook() {
        return !webhookUrl.isEmpty();
    }

    private void checkWebhook() {
        if (!webhook()) {
            return;
        }
        if (!webhookUrl.startsWith("https://")) {
            throw new SettingsException(TelegramModule.WEBHOOK_URL, "Telegram calls webhooks over https only");
        }
        if (!webhookSecret.isSet()) {
            throw new SettingsException(TelegramModule.WEBHOOK_SECRET, "a webhook needs its secret, or anyone could post updates to it");
        }
        if (!webhookSecret.value().matches("[A-Za-z0-9_-]{1,256}")) {
            throw new SettingsException(TelegramModule.WEBHOOK_SECRET, "1 to 256 characters of A-Z, a-z, 0-9, _ and - only (Telegram's rule)");
        }
    }

    /** The Bot API client keeps only scheme, host and port: a path, query or fragment would be dropped. */
    private static URI noPath(String key, URI uri) {
        boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
        if (path || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new SettingsException(key, "only scheme, host and port are used: the path of " + uri.getScheme() + "://"
                    + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/... would be dropped");
        }
        return uri;
    }
}
