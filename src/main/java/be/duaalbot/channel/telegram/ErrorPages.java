package be.duaalbot.channel.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An error status whose body is no Bot API answer (a proxy's HTML page for a 502, an empty 503)
 * becomes the Bot API's own error form, with the status as its {@code error_code} and a
 * {@code Retry-After} as {@code retry_after}: the client reads the status of nothing else, and
 * would otherwise report a page it cannot read the same way as a 200 it cannot read, which may
 * mean the message went.
 */
final class ErrorPages implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful() || response.body() == null) {
            return response;
        }
        MediaType type = response.body().contentType();
        String text = response.body().string();
        if (apiAnswer(text)) {
            return response.newBuilder().body(ResponseBody.create(text, type)).build();
        }
        String after = retryAfter(response.header("Retry-After"));
        String body = "{\"ok\":false,\"error_code\":" + response.code() + ",\"description\":\"HTTP " + response.code() + "\""
                + (after == null ? "" : ",\"parameters\":{\"retry_after\":" + after + "}") + "}";
        return response.newBuilder().body(ResponseBody.create(body, JSON)).build();
    }

    /** Whether a body is the Bot API's own answer: a JSON object with "ok" (whatever its content type says). */
    private static boolean apiAnswer(String text) {
        try {
            return READER.readTree(text).has("ok");
        } catch (IOException e) {
            return false;
        }
    }

    /** Retry-After in seconds, as Telegram's {@code retry_after} is; null when absent or a date. */
    private static String retryAfter(String header) {
        return header != null && header.strip().matches("\\d{1,6}") ? header.strip() : null;
    }
}
