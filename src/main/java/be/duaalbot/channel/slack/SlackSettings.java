package be.duaalbot.channel.slack;

import be.duaalbot.core.Secret;
import be.duaalbot.core.SettingValues;
import be.duaalbot.core.Settings;
import java.net.URI;
import java.util.Set;

/** The Slack settings {@link SlackModule} declares, typed: a bad URL or id stops the start naming the setting and the value. */
record SlackSettings(Secret botToken, Secret appToken, Secret signingSecret, URI apiUrl, Set<String> allowedTeams,
                            Set<String> allowedChannels) {
    /** Slack's team and channel ids. */
    private static final String ID = "[A-Z0-9]+";

    static SlackSettings of(Settings s) {
        return new SlackSettings(s.channelSecret(SlackModule.BOT_TOKEN), s.channelSecret(SlackModule.APP_TOKEN),
                s.channelSecret(SlackModule.SIGNING_SECRET), SettingValues.url(SlackModule.API_URL, s.channel(SlackModule.API_URL)),
                SettingValues.ids(SlackModule.ALLOWED_TEAMS, s.channel(SlackModule.ALLOWED_TEAMS), ID),
                SettingValues.ids(SlackModule.ALLOWED_CHANNELS, s.channel(SlackModule.ALLOWED_CHANNELS), ID));
    }

    public boolean socketModeOn() {
        return botToken.isSet() && appToken.isSet();
    }

    public boolean httpOn() {
        return botToken.isSet() && signingSecret.isSet() && !socketModeOn();
    }

    /** In either mode. */
    public boolean on() {
        return socketModeOn() || httpOn();
    }
}
