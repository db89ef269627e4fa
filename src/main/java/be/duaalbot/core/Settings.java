package be.duaalbot.core;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings, each named as its environment variable; see {@code config/application.yml}
 * for what each means and its default. Made by {@link SettingsLoader}, valid once made.
 */
public record Settings(String host, int port, Path dataDir, int answerCacheMb, int conversations, Duration conversationIdle,
                       Duration stopTimeout, boolean charts, int rateUserPerMinute, int rateChatPerMinute,
                       int rateApiPerMinute, be.duaalbot.data.ImportLimits importLimits, Review review, Duration deliveryMaxAge,
                       Duration deliveryBackoffMax, Duration deliveryTimeout, java.util.Map<String, String> channelSettings,
                       java.util.Map<String, Secret> channelSecrets) {

    /**
     * The store of missed questions: on or off, its directory (the state volume), how many days an
     * entry is kept and how many megabytes the store may take on disk.
     */
    public record Review(boolean on, Path stateDir, int days, int megabytes) {
    }

    /** The text of a setting a {@link ChannelModule} declared, as the environment or the settings file gave it, or its default. */
    public String channel(String key) {
        String value = channelSettings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no channel module declares the setting " + key);
        }
        return value;
    }

    /** A secret a {@link ChannelModule} declared; unset when neither the environment nor its file gives it. */
    public Secret channelSecret(String key) {
        Secret value = channelSecrets.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no channel module declares the secret " + key);
        }
        return value;
    }

    /** A declared setting that is true or false; anything else stops the start naming it. */
    public boolean channelFlag(String key) {
        String value = channel(key).strip().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new SettingsException(key, "'" + value + "' is not true or false");
        }
        return value.equals("true");
    }

    /** True when the allow-list is empty (everyone) or holds the id. */
    public static boolean allowed(java.util.Set<String> list, String id) {
        return list.isEmpty() || (id != null && list.contains(id));
    }
}
