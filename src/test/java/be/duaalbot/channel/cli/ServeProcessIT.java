package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built jar, started as a user starts it: {@code serve} with no chat tokens. Waits on the log
 * line that names the port (a latch, not a sleep), checks health and the API, sends SIGTERM and
 * expects status 0; the log never shows the configured secret.
 */
class ServeProcessIT {
    private static final Pattern SERVING = Pattern.compile("duaalbot serving on 127\\.0\\.0\\.1:(\\d+)");
    private static final String SECRET = "xoxb-000-SECRET-NEVER-LOGGED";

    @Test
    void serveAnswersAndStopsCleanlyOnSigterm() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/duaalbot.jar", "serve");
        builder.environment().put("PORT", "0");
        builder.environment().put("DUAALBOT_HOST", "127.0.0.1");
        builder.environment().put("DUAALBOT_LOG_LEVEL", "INFO");
        builder.environment().put("SLACK_BOT_TOKEN", SECRET);
        builder.redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        StringBuffer log = new StringBuffer();
        AtomicInteger port = new AtomicInteger();
        CountDownLatch serving = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(process, log, port, serving));
        reader.start();
        try {
            assertTrue(serving.await(30, TimeUnit.SECONDS), () -> "no port in the log: " + log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port.get();
            assertEquals(200, send(client, HttpRequest.newBuilder(URI.create(base + "/healthz")).build()).statusCode());
            System.out.printf("start to healthy: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            HttpResponse<String> answer = send(client, HttpRequest.newBuilder(
                    URI.create(base + "/api/ask?q=horeca%20agreements%202022-2023")).build());
            JsonNode json = new ObjectMapper().readTree(answer.body());
            assertEquals(292, json.get("figures").get(0).get("value").asInt(), answer.body());
            HttpResponse<String> bad = send(client, HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{bad json")).build());
            assertEquals(400, bad.statusCode());
            assertTrue(new ObjectMapper().readTree(bad.body()).has("error"));
            HttpResponse<String> huge = send(client, HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"" + "x".repeat(100_000) + "\"}")).build());
            assertEquals(413, huge.statusCode());
            assertTrue(new ObjectMapper().readTree(huge.body()).has("error"));
        } finally {
            process.toHandle().destroy(); // SIGTERM; Process.destroy would also close the log stream
        }
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
        reader.join(5000);
        assertEquals(0, process.exitValue(), log::toString);
        assertTrue(log.toString().contains("stopped"), log::toString);
        assertFalse(log.toString().contains(SECRET), "the secret is in the log");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void read(Process process, StringBuffer log, AtomicInteger port, CountDownLatch serving) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port.set(Integer.parseInt(m.group(1)));
                    serving.countDown();
                }
            }
        } catch (java.io.IOException e) {
            log.append("read failed: ").append(e.getMessage());
        }
    }
}
