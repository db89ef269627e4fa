package be.duaalbot.core;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings, each named as its environment variable; see {@code config/application.yml}
 * for what each means and its default. Made by {@link SettingsLoader}, valid once made.
 */
public record Settings(String host, int port, Path dataDir, int answerCacheMb, int conversations, Duration conversationIdle,
                       Duration stopTimeout, boolean charts, int rateUserPerMinute, int rateChatPerMinute,
                       Secret telegramBotToken, URI telegramApiUrl, String telegramWebhookUrl,
                       Secret telegramWebhookSecret, java.util.Set<String> telegramAllowedChats, Secret slackBotToken,
                       Secret slackAppToken, Secret slackSigningSecret, URI slackApiUrl,
                       java.util.Set<String> slackAllowedTeams, java.util.Set<String> slackAllowedChannels,
                       int rateApiPerMinute, be.duaalbot.data.ImportLimits importLimits, Review review, Duration deliveryMaxAge,
                       Duration deliveryBackoffMax, Duration deliveryTimeout) {

    /**
     * The store of missed questions: on or off, its directory (the state volume), how many days an
     * entry is kept and how many megabytes the store may take on disk.
     */
    public record Review(boolean on, Path stateDir, int days, int megabytes) {
    }

    /** True when the allow-list is empty (everyone) or holds the id. */
    public static boolean allowed(java.util.Set<String> list, String id) {
        return list.isEmpty() || (id != null && list.contains(id));
    }

    public boolean telegramOn() {
        return telegramBotToken.isSet();
    }

    public boolean slackSocketModeOn() {
        return slackBotToken.isSet() && slackAppToken.isSet();
    }

    public boolean slackHttpOn() {
        return slackBotToken.isSet() && slackSigningSecret.isSet() && !slackSocketModeOn();
    }
}
