package be.duaalbot.channel.http;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.ChannelModule;
import be.duaalbot.core.ChatChannel;
import be.duaalbot.core.Settings;
import java.util.Optional;

/**
 * A chat platform as a channel module (Telegram, Slack): when its settings turn it on, it opens
 * its channel, with its webhook routes on the service's server, and {@code serve} starts it,
 * reports it in {@code /readyz} and stops it.
 */
public interface ChatModule extends ChannelModule {

    /** The channel, its routes added to {@code http} (call before the server starts), or empty when its settings leave it off. */
    Optional<ChatChannel> open(HttpChannel http, AnswerService service, Settings settings);

    /** The line {@code serve} prints about it: on, and how, or which settings turn it on. */
    String line(Settings settings);

    /**
     * The loggers of its libraries that report their own stopping as failures (a poller,
     * interrupted, logging a stack trace): {@code serve} silences them during a stop.
     */
    java.util.List<String> stopNoise();

    /** The chat modules among all modules. */
    static java.util.List<ChatModule> all() {
        return ChannelModule.all().stream().flatMap(m -> m instanceof ChatModule c ? Optional.of(c).stream() : Optional.<ChatModule>empty().stream()).toList();
    }
}
