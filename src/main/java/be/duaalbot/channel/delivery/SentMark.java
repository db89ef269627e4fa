package be.duaalbot.channel.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;

/**
 * Tells a network failure before the request went out (nothing sent: no connection, refused, a
 * connect that timed out) from one after it (a timeout or reset while waiting for the answer, or
 * while reading it): the latter is thrown as {@link MaybeDelivered}, since the platform may have
 * taken the message. The answer is read here in full, so a failure half-way through it is caught too.
 */
public final class SentMark implements Interceptor {

    /** The request went out and no whole answer came back: the platform may have delivered it. */
    public static final class MaybeDelivered extends IOException {
        MaybeDelivered(IOException cause) {
            super("no answer after the request was sent (" + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    /**
     * An HTTP client for sending messages: each call's connect, write and read bounded by
     * {@code timeout}, no retries of its own (OkHttp would silently send a message again after a
     * reset: the outbox decides), and this interceptor.
     */
    public static OkHttpClient.Builder client(OkHttpClient.Builder builder, Duration timeout) {
        long millis = timeout.toMillis();
        return builder.connectTimeout(millis, TimeUnit.MILLISECONDS).readTimeout(millis, TimeUnit.MILLISECONDS)
                .writeTimeout(millis, TimeUnit.MILLISECONDS).retryOnConnectionFailure(false).addInterceptor(new SentMark());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Watched body = request.body() == null ? null : new Watched(request.body());
        Response response;
        try {
            response = chain.proceed(body == null ? request : request.newBuilder().method(request.method(), body).build());
        } catch (IOException e) {
            throw body != null && body.written ? new MaybeDelivered(e) : e;
        }
        try (ResponseBody answer = response.body()) {
            byte[] bytes = answer == null ? new byte[0] : answer.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, answer == null ? null : answer.contentType())).build();
        } catch (IOException e) {
            throw new MaybeDelivered(e);
        }
    }

    /** A request body that notes when it has been written out whole. */
    private static final class Watched extends RequestBody {
        private final RequestBody body;
        private volatile boolean written;

        Watched(RequestBody body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() throws IOException {
            return body.contentLength();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            body.writeTo(sink);
            written = true;
        }
    }
}
