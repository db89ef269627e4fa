package be.duaalbot.channel.http;

import be.duaalbot.core.AnswerService;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP server of the service (Javalin on Jetty): health, Prometheus metrics and the ask
 * API; the chat channels add their webhook routes through {@link #webhook} before the start. Every error answers in JSON.
 */
public final class HttpChannel {
    /** Large enough that an over-long question in a query string reaches the API's own 413. */
    private static final int HEADER_BYTES = 256 * 1024;

    private static final String OWN_ERROR = "duaalbot.error";

    private final Javalin app;

    public HttpChannel(AnswerService service, PrometheusMeterRegistry registry, Duration stopTimeout) {
        this(service, registry, stopTimeout, true);
    }

    public HttpChannel(AnswerService service, PrometheusMeterRegistry registry, Duration stopTimeout, boolean charts) {
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.jetty.modifyServer(server -> server.setStopTimeout(stopTimeout.toMillis()));
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(HEADER_BYTES));
        });
        app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok", "tables", service.bot().data().tables().size())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        AskRoutes ask = new AskRoutes(service, charts);
        app.get("/api/ask", ask::get);
        app.get("/api/chart", ask::chart);
        app.post("/api/ask", ask::post);
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(OWN_ERROR) == null) { // a route's own 404 keeps its body
                error(ctx, HttpStatus.NOT_FOUND, "no such path: " + ctx.path());
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed"));
    }

    /** Adds a chat platform's webhook at {@code path} (POST); call before {@link #start}. */
    public void webhook(String path, Webhook hook) {
        app.post(path, ctx -> {
            Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
            ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), java.util.List.of(v)));
            Webhook.Reply reply = hook.handle(new Webhook.Call(headers, ctx.queryParamMap(), ctx.body()));
            ctx.status(reply.status()).contentType(reply.contentType()).result(reply.body() == null ? "" : reply.body());
        });
    }

    public HttpChannel start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests and lets those in flight finish, up to the stop timeout. */
    public void stop() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty's graceful stop timed out on an idle keep-alive connection: the server is stopped all the same
            org.slf4j.LoggerFactory.getLogger(HttpChannel.class).info("http: stopped after the stop timeout ({})",
                    e.getClass().getSimpleName());
        }
    }

    static void error(io.javalin.http.Context ctx, HttpStatus status, String message) {
        ctx.attribute(OWN_ERROR, Boolean.TRUE);
        ctx.status(status).json(Map.of("error", message, "status", status.getCode()));
    }
}
