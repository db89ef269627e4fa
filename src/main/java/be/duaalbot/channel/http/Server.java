package be.duaalbot.channel.http;

import be.duaalbot.core.SettingsException;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty's settings: a bounded thread pool, time limits for slow clients, JSON errors, and a bind failure said in one line. */
final class Server {
    /** Threads that run requests: enough for two cores (answers take microseconds), few enough that their stacks stay small. */
    static final int MAX_THREADS = 32;
    /** A connection silent this long is closed: a client that sends nothing cannot hold it. */
    static final Duration IDLE = Duration.ofSeconds(15);
    /** Headers (the query string with them) up to 16 KB: a question of 1,000 characters fits, encoded. */
    static final int HEADER_BYTES = 16 * 1024;

    private Server() {
    }

    static QueuedThreadPool threads() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
        pool.setName("http");
        return pool;
    }

    static void configure(org.eclipse.jetty.server.Server server, Duration stopTimeout) {
        server.setStopTimeout(stopTimeout.toMillis());
        server.setErrorHandler(new JsonErrors());
        for (var connector : server.getConnectors()) {
            if (connector instanceof ServerConnector c) {
                c.setIdleTimeout(IDLE.toMillis());
            }
        }
    }

    static void configure(HttpConfiguration http) {
        http.setRequestHeaderSize(HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setIdleTimeout(IDLE.toMillis());
    }

    /** Why the server could not start, in one line naming the host and port. */
    static RuntimeException bindFailure(RuntimeException e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return new SettingsException("PORT", "cannot listen on " + host + ":" + port + ": the port is in use or not allowed");
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new SettingsException("DUAALBOT_HOST", "cannot listen on " + host + ":" + port + ": unknown host");
            }
            if (t instanceof java.net.SocketException) {
                return new SettingsException("DUAALBOT_HOST", "cannot listen on " + host + ":" + port + ": " + t.getClass().getSimpleName());
            }
        }
        return e;
    }
}
