package be.duaalbot.channel.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs (a bad request line 400, a URI too
 * long 414, headers too large 431, an unknown HTTP version 505), as the same JSON as the API's
 * own errors instead of an HTML page.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : 500;
        Object code = request.getAttribute(ERROR_STATUS);
        if (code instanceof Integer c) {
            status = c;
        }
        response.setStatus(status);
        String reason = HttpStatus.getMessage(status);
        String body = "{\"error\":\"" + reason.toLowerCase(java.util.Locale.ROOT).replace("\"", "") + "\",\"status\":" + status + "}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
