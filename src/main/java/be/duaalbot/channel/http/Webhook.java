package be.duaalbot.channel.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chat platform's callback route on the service's own server, without HTTP types: it gets
 * the request's headers, query and body, and returns a status, a content type and a body.
 * {@link #precheck} sees the headers alone, before the body is read: an unauthenticated
 * request is refused without reading a byte of it.
 */
@FunctionalInterface
public interface Webhook {

    Reply handle(Call call);

    /** From the headers only (the body is null): 0 to read the body and go on, or the status to refuse with. */
    default int precheck(Call headers) {
        return 0;
    }

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
