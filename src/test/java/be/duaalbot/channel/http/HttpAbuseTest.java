package be.duaalbot.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.Admission;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's HTTP findings, each reproduced on a raw socket: bodies over 64 KB (chunked or not)
 * get 413 without being read whole, Jetty's own errors are JSON, wrong methods 405, HEAD
 * validates, POST needs JSON and nothing after it, a client over its rate gets 429 with
 * Retry-After, a webhook refuses an unauthenticated body unread.
 */
class HttpAbuseTest {
    private TestService test;
    private HttpChannel http;

    private void start(int clientPerMinute, Webhook hook) {
        test = new TestService();
        http = new HttpChannel(test.service, new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT), Duration.ofSeconds(1), true, Admission.forCores(), clientPerMinute);
        if (hook != null) {
            http.webhook("/hook", hook);
        }
        http.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        http.stop();
    }

    @Test
    void aTenMegabyteChunkedBodyGets413() throws IOException {
        start(600, null);
        String response = chunked("/api/ask", 10 * 1024 * 1024);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("\"status\":413"), response);
    }

    @Test
    void aContentLengthOverTheCapGets413Unread() throws IOException {
        start(600, null);
        String response = raw("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{");
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
    }

    @Test
    void jettysOwnErrorsAreJson() throws IOException {
        start(600, null);
        String badVersion = raw("GET /healthz HTTP/7.1\r\nHost: x\r\n\r\n");
        assertTrue(badVersion.startsWith("HTTP/1.1 505") || badVersion.startsWith("HTTP/1.1 400"), badVersion);
        assertTrue(badVersion.contains("application/json") && badVersion.contains("\"status\":"), badVersion);
        String bigHeader = raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
        assertTrue(bigHeader.startsWith("HTTP/1.1 431") && bigHeader.contains("\"status\":431"), bigHeader);
        String badLine = raw("GARBAGE\r\n\r\n");
        assertTrue(badLine.startsWith("HTTP/1.1 400") && badLine.contains("\"status\":400"), badLine);
    }

    @Test
    void wrongMethodsGet405AndHeadValidates() throws IOException {
        start(600, null);
        String delete = raw("DELETE /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(delete.startsWith("HTTP/1.1 405") && delete.contains("method not allowed"), delete);
        assertTrue(raw("HEAD /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));
        assertTrue(raw("HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    @Test
    void postNeedsJsonAndNothingAfterIt() throws IOException {
        start(600, null);
        String plain = post("text/plain", "{\"q\":\"bouw\"}");
        assertTrue(plain.startsWith("HTTP/1.1 415"), plain);
        String trailing = post("application/json", "{\"q\":\"bouw\"} {\"q\":\"horeca\"}");
        assertTrue(trailing.startsWith("HTTP/1.1 400") && trailing.contains("data after it"), trailing);
        assertTrue(post("application/json; charset=utf-8", "{\"q\":\"bouw 2021-2022\"}").startsWith("HTTP/1.1 200"));
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws IOException {
        start(3, null);
        for (int i = 0; i < 3; i++) {
            assertTrue(raw(get("/api/ask?q=bouw")).startsWith("HTTP/1.1 200"));
        }
        String refused = raw(get("/api/ask?q=bouw"));
        assertTrue(refused.startsWith("HTTP/1.1 429") && refused.contains("Retry-After: "), refused);
        assertTrue(raw(get("/healthz")).startsWith("HTTP/1.1 200"), "health is never limited");
    }

    @Test
    void aWebhookRefusesFromTheHeadersWithoutReadingTheBody() throws IOException {
        AtomicInteger handled = new AtomicInteger();
        start(600, new Webhook() {
            @Override
            public Reply handle(Call call) {
                handled.incrementAndGet();
                return Reply.status(200);
            }

            @Override
            public int precheck(Call headers) {
                return "yes".equals(headers.header("X-Secret")) ? 0 : 401;
            }
        });
        assertTrue(chunked("/hook", 10 * 1024 * 1024).startsWith("HTTP/1.1 401"));
        String signedButHuge = raw("POST /hook HTTP/1.1\r\nHost: x\r\nX-Secret: yes\r\nContent-Length: 10485760\r\n\r\n");
        assertTrue(signedButHuge.startsWith("HTTP/1.1 413"), signedButHuge);
        assertEquals(0, handled.get());
    }

    @Test
    void aRequestThatFailsWhileTheServiceStopsGets503Not500() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        start(600, call -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the renderer went away during the stop");
        });
        var response = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return raw("POST /hook HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
            } catch (IOException e) {
                return e.toString();
            }
        });
        assertTrue(inside.await(5, java.util.concurrent.TimeUnit.SECONDS));
        Thread stopper = new Thread(http::stop);
        stopper.start();
        while (!http.stopping()) {
            Thread.onSpinWait();
        }
        release.countDown();
        String r = response.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(r.startsWith("HTTP/1.1 503"), r);
        stopper.join();
    }

    private static String readHead(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int n = in.read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    }

    private String post(String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return raw("POST /api/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: " + type
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
    }

    /** Sends the request and returns what came back (until the server closes or 5 s pass). */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", http.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketTimeoutException e) {
            return "timeout";
        }
    }

    private String chunked(String path, int bytes) throws IOException {
        return RawHttp.chunkedPost(http.port(), path, bytes);
    }
}
