package be.duaalbot.channel.http;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.ChannelModule;
import be.duaalbot.core.Settings;
import java.util.Optional;

/**
 * A channel module that lives on the service's HTTP server: {@code serve} offers it the server
 * before the start; it adds its routes ({@link HttpChannel#routes}) when its settings turn it on,
 * and says in one line what it serves or how to turn it on.
 */
public interface HttpModule extends ChannelModule {

    /** Adds the channel to the server when its settings turn it on; the line {@code serve} prints about it. */
    String install(HttpChannel http, AnswerService service, Settings settings);

    /** The HTTP modules among all modules. */
    static java.util.List<HttpModule> all() {
        return ChannelModule.all().stream().flatMap(m -> m instanceof HttpModule h ? Optional.of(h).stream() : Optional.<HttpModule>empty().stream()).toList();
    }
}
