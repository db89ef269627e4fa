package be.duaalbot.channel.http;

import be.duaalbot.core.Admission;
import be.duaalbot.core.AnswerService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the service (Javalin 7 on Jetty 12): health, readiness, Prometheus metrics
 * and the ask API; the chat channels add their webhook routes through {@link #webhook} before the
 * start. Every error answers in JSON, Jetty's own included; a wrong method gets 405; while the
 * service stops, requests get 503.
 */
public final class HttpChannel {
    private static final Logger LOG = LoggerFactory.getLogger(HttpChannel.class);
    static final String OWN_ERROR = "duaalbot.error";

    private final AnswerService service;
    private final PrometheusMeterRegistry registry;
    private final Duration stopTimeout;
    private final AskRoutes ask;
    private final Gate gate;
    private final List<ChannelRoutes> channelRoutes = new ArrayList<>();
    private final List<Map.Entry<String, Webhook>> webhooks = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong requestIds = new java.util.concurrent.atomic.AtomicLong();
    private volatile Supplier<Readiness> readiness = () -> new Readiness(true, Map.of());
    private volatile boolean stopping;
    private Javalin app;

    public HttpChannel(AnswerService service, PrometheusMeterRegistry registry, Duration stopTimeout) {
        this(service, registry, stopTimeout, true, Admission.forCores(), 600);
    }

    public HttpChannel(AnswerService service, PrometheusMeterRegistry registry, Duration stopTimeout, boolean charts,
                       Admission admission, int clientPerMinute) {
        this.service = service;
        this.registry = registry;
        this.stopTimeout = stopTimeout;
        this.gate = new Gate(admission, new ClientLimits(clientPerMinute, service.budget()));
        this.ask = new AskRoutes(service, charts, gate);
    }

    /** Readiness and the state of each chat channel, for {@code /readyz}. */
    public record Readiness(boolean ready, Map<String, String> channels) { }

    public void readiness(Supplier<Readiness> state) {
        this.readiness = state;
    }

    /** Adds a chat platform's webhook at {@code path} (POST); call before {@link #start}. */
    public void webhook(String path, Webhook hook) {
        webhooks.add(Map.entry(path, hook));
    }

    /**
     * Adds a channel's own routes (a web page, its assets, its answers) behind the server's
     * middleware: the stop, the security headers, JSON errors, and {@link Gate} for admission
     * and per-client limits; call before {@link #start}.
     */
    public void routes(ChannelRoutes routes) {
        channelRoutes.add(routes);
    }

    /** Starts listening; a port in use or an unknown host is a {@link be.duaalbot.core.SettingsException} naming both. */
    public HttpChannel start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = Bodies.MAX_BYTES;
            config.jetty.threadPool = Server.threads();
            config.jetty.modifyServer(server -> Server.configure(server, stopTimeout));
            config.jetty.modifyHttpConfiguration(Server::configure);
            routes(config.routes);
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            throw Server.bindFailure(e, host, port);
        }
        return this;
    }

    private void routes(io.javalin.config.RoutesConfig routes) {
        routes.before(ctx -> {
            if (stopping) {
                throw new Stopping();
            }
            Headers.secure(ctx);
        });
        for (String path : List.of("/healthz", "/readyz", "/metrics", "/api/ask", "/api/chart")) {
            routes.head(path, ctx -> get(path, ctx));
            routes.get(path, ctx -> get(path, ctx));
        }
        routes.post("/api/ask", ask::post);
        channelRoutes.forEach(r -> r.add(routes, gate));
        for (Map.Entry<String, Webhook> hook : webhooks) {
            routes.post(hook.getKey(), ctx -> hook(ctx, hook.getValue()));
        }
        routes.exception(Stopping.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "stopping"));
        routes.exception(Exception.class, this::failed);
        routes.error(HttpStatus.NOT_FOUND, ctx -> ownError(ctx, HttpStatus.NOT_FOUND, "no such path: " + ctx.path()));
        routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> ownError(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed"));
        routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> ownError(ctx, HttpStatus.CONTENT_TOO_LARGE, "request body too large"));
    }

    private void get(String path, Context ctx) {
        switch (path) {
            case "/healthz" -> ctx.json(Map.of("status", "ok", "tables", service.bot().data().tables().size()));
            case "/readyz" -> {
                Readiness r = readiness.get();
                var version = service.bot().version();
                ctx.status(r.ready() ? 200 : 503).json(Map.of("status", r.ready() ? "ready" : "not ready", "channels", r.channels(),
                        "data", Map.of("version", version.hash(), "loaded", version.loadedAt().toString())));
            }
            case "/metrics" -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
            case "/api/ask" -> ask.get(ctx);
            default -> ask.chart(ctx);
        }
    }

    private void hook(Context ctx, Webhook hook) throws Bodies.Refused {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (String name : java.util.Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), List.of(ctx.req().getHeader(name)));
        }
        int refused = hook.precheck(new Webhook.Call(headers, ctx.queryParamMap(), null));
        if (refused != 0) {
            ctx.status(refused).json(Map.of("status", refused));
            return;
        }
        Webhook.Reply reply = hook.handle(new Webhook.Call(headers, ctx.queryParamMap(), Bodies.read(ctx)));
        ctx.status(reply.status()).contentType(reply.contentType()).result(reply.body() == null ? "" : reply.body());
    }

    /** The catch-all: the exception's class and a request id in the log, never the request's content. */
    private void failed(Exception e, Context ctx) {
        if (e instanceof Bodies.Refused refused) {
            error(ctx, HttpStatus.forStatus(refused.status), refused.getMessage());
            return;
        }
        if (stopping) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "stopping");
            return;
        }
        long id = requestIds.incrementAndGet();
        LOG.error("http: request {} to {} failed ({})", id, ctx.path().replaceAll("[^A-Za-z0-9/_.-]", "?"), e.getClass().getName());
        ctx.header("X-Request-Id", Long.toString(id));
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error (request " + id + ")");
    }

    boolean stopping() {
        return stopping;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests (new ones get 503) and lets those in flight finish, up to the stop timeout. */
    public void stop() {
        stopping = true;
        if (app == null) {
            return;
        }
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty's graceful stop timed out on an idle keep-alive connection: the server is stopped all the same
            LOG.info("http: stopped after the stop timeout ({})", e.getClass().getSimpleName());
        }
    }

    private static void ownError(Context ctx, HttpStatus status, String message) {
        if (ctx.attribute(OWN_ERROR) == null) { // a route's own error keeps its body
            error(ctx, status, message);
        }
    }

    static void error(Context ctx, HttpStatus status, String message) {
        ctx.attribute(OWN_ERROR, Boolean.TRUE);
        ctx.status(status).json(Map.of("error", message, "status", status.getCode()));
    }

    /** Thrown by the before-handler while the service stops. */
    private static final class Stopping extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopping() {
            super("stopping", null, false, false);
        }
    }
}
