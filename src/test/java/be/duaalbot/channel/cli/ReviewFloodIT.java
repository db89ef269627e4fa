package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood of 100,000 distinct missed questions at {@code -Xmx64m}, each from a conversation of its
 * own: the store stays within its byte budget (1 MB here), every question is answered, a question
 * with figures is answered meanwhile, and nothing fails in the store.
 */
class ReviewFloodIT {
    private static final int QUESTIONS = 100_000;
    private static final int THREADS = 4;
    private static final long BUDGET = 1024 * 1024;

    @TempDir
    Path temp;

    /** A word of letters only, distinct for each number, that no lexicon knows. */
    private static String word(int n) {
        StringBuilder s = new StringBuilder("zq");
        for (int i = n; i > 0 || s.length() < 6; i /= 26) {
            s.append((char) ('a' + i % 26));
        }
        return s.toString();
    }

    @Test
    void theStoreStaysWithinItsBytesAndTheServiceAnswers() throws Exception {
        Path state = temp.resolve("state");
        try (ServeProcess serve = new ServeProcess(Map.of("DUAALBOT_STATE_DIR", state.toString(), "DUAALBOT_REVIEW_MB", "1",
                "DUAALBOT_RATE_API_PER_MINUTE", "1000000", "DUAALBOT_LOG_LEVEL", "WARN"), List.of("-Xmx64m"))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            String base = "http://127.0.0.1:" + serve.port();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger noData = new AtomicInteger();
            java.util.Queue<String> odd = new java.util.concurrent.ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Void>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < QUESTIONS; n = next.getAndIncrement()) {
                        String q = URLEncoder.encode("hoeveel erkenningen bij de " + word(n), StandardCharsets.UTF_8);
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/ask?conversation=c" + n + "&q=" + q))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            answered.incrementAndGet();
                        }
                        if (r.body().contains("\"status\":\"no_data\"")) {
                            noData.incrementAndGet();
                        } else if (odd.size() < 5) {
                            odd.add(r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            while (next.get() < QUESTIONS / 2) {
                Thread.sleep(50);
            }
            String during = client.send(HttpRequest.newBuilder(URI.create(base + "/api/ask?q=" + URLEncoder.encode("horeca overeenkomsten",
                    StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(during.contains("\"status\":\"answered\""), during);
            for (Future<Void> w : workers) {
                w.get();
            }
            pool.shutdown();
            assertEquals(QUESTIONS, answered.get(), () -> "every question answered: " + odd);
            // a few made-up words are one typo from a word the bot reads ("zqakte": "zakte"): almost all are missed
            assertTrue(noData.get() > QUESTIONS * 99 / 100, () -> noData.get() + " missed: " + odd);
            String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(0.0, metric(metrics, "duaalbot_review_failures_total"), metrics);
            double kept = metric(metrics, "duaalbot_review_missed_total\\{channel=\"http\",reason=\"unknown_word\"\\}");
            double dropped = metric(metrics, "duaalbot_review_dropped_total");
            assertTrue(kept > 0 && kept + dropped <= QUESTIONS, kept + " kept, " + dropped + " dropped");
            assertTrue(metric(metrics, "duaalbot_review_store_bytes") <= BUDGET, metrics);
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(0, serve.stop(), serve::log);
            assertTrue(!serve.log().contains("OutOfMemoryError"), serve::log);
            System.out.printf("flood: %,.0f kept, %,.0f dropped; review.db %,d bytes%n", kept, dropped, Files.size(state.resolve("review.db")));
        }
        assertTrue(Files.size(state.resolve("review.db")) <= BUDGET);
    }

    private static double metric(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
