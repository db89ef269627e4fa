package be.duaalbot.channel.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chat platform's callback route on the service's own server, without HTTP types: it gets
 * the request's headers, query and body, and returns a status, a content type and a body.
 */
@FunctionalInterface
public interface Webhook {

    Reply handle(Call call);

    /** An incoming request: headers by lower-case name. */
    record Call(Map<String, List<String>> headers, Map<String, List<String>> query, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The answer to it. */
    record Reply(int status, String contentType, String body) {
        public static Reply status(int status) {
            return new Reply(status, "application/json", "{\"status\":" + status + "}");
        }
    }
}
