package be.duaalbot.channel.web;

import be.duaalbot.channel.http.HttpChannel;
import be.duaalbot.channel.http.HttpModule;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Settings;
import java.util.Map;

/** The web page as a channel module: on by default, {@code DUAALBOT_WEB=false} turns it off. */
public final class WebModule implements HttpModule {
    static final String SETTING = "DUAALBOT_WEB";

    @Override
    public String name() {
        return WebChannel.NAME;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(SETTING, "true");
    }

    @Override
    public String install(HttpChannel http, AnswerService service, Settings settings) {
        if (!settings.channelFlag(SETTING)) {
            return "channel web: off; set DUAALBOT_WEB=true to serve the chat page at /";
        }
        http.routes(new WebChannel(service, settings.charts()));
        return "channel web: on (the chat page at /)";
    }
}
