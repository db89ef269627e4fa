package be.duaalbot.channel.http;

import java.util.function.Function;

/**
 * A chat platform's callback route on the service's own server, without HTTP types: it gets
 * the request's headers (by name) and body, and returns the status to answer with.
 */
@FunctionalInterface
public interface Webhook {
    int handle(Function<String, String> header, String body);
}
