package be.duaalbot.channel.http;

import io.javalin.config.RoutesConfig;

/**
 * A channel's routes on the service's own server (the web page is one): added with
 * {@link HttpChannel#routes} before the start, they run behind the server's middleware, and
 * answer questions through the {@link Gate}, as {@code /api/*} does.
 */
@FunctionalInterface
public interface ChannelRoutes {

    void add(RoutesConfig routes, Gate gate);
}
