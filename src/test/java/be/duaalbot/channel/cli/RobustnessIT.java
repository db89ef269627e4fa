package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a process, against what goes wrong: every secret configured and every channel
 * failing to reach its API, logged at DEBUG, through start-up, errors and shutdown, and no secret
 * in the log, /metrics or /healthz; broken data or settings stop the start naming the problem;
 * SIGTERM in the middle of a load ends cleanly with status 0.
 */
class RobustnessIT {
    private static final Map<String, String> SECRETS = Map.of(
            "TELEGRAM_BOT_TOKEN", "987654:SECRET-TELEGRAM-TOKEN",
            "TELEGRAM_WEBHOOK_SECRET", "secret-webhook-value",
            "SLACK_BOT_TOKEN", "xoxb-SECRET-SLACK-BOT",
            "SLACK_APP_TOKEN", "xapp-SECRET-SLACK-APP",
            "SLACK_SIGNING_SECRET", "secret-slack-signing");

    @TempDir
    Path temp;

    @Test
    void noSecretReachesTheLogMetricsOrHealthEvenAtDebug() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(SECRETS);
        env.put("TELEGRAM_API_URL", "http://127.0.0.1:9");   // nothing listens: start-up errors and retries
        env.put("SLACK_API_URL", "http://127.0.0.1:9/api/");
        env.put("DUAALBOT_LOG_LEVEL", "DEBUG");
        try (ServeProcess serve = new ServeProcess(env)) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            assertTrue(serve.await("telegram: Bot API not reachable", 20), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + serve.port();
            String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String health = client.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(), HttpResponse.BodyHandlers.ofString()).body();
            client.send(HttpRequest.newBuilder(URI.create(base + "/slack/events")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(0, serve.stop(), serve::log);
            for (var secret : SECRETS.entrySet()) {
                assertFalse(serve.log().contains(secret.getValue()), secret.getKey() + " is in the log");
                assertFalse(metrics.contains(secret.getValue()), secret.getKey() + " is in /metrics");
                assertFalse(health.contains(secret.getValue()), secret.getKey() + " is in /healthz");
            }
        }
    }

    @Test
    void brokenDataStopsAskNamingTheFileAndNothingServes() throws Exception {
        Path data = DataDirs.copy(Path.of("config/data"), temp.resolve("data"));
        Path table = data.resolve("sv677-overeenkomsten-per-sector.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(table.toFile());
        ((ArrayNode) root.get("tables").get(0).get("rows").get(2).get("values")).set(1, -5);
        json.writeValue(table.toFile(), root);
        Process ask = process(Map.of("DUAALBOT_DATA_DIR", data.toString()), "ask", "horeca 2022-2023");
        String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ask.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, ask.exitValue(), err);
        assertTrue(err.contains("sv677-overeenkomsten-per-sector.json") && err.contains("values[1]") && err.contains("negative"), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        Process serve = process(Map.of("DUAALBOT_DATA_DIR", data.toString(), "PORT", "0"), "serve");
        String serveErr = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, serve.exitValue(), "a half-loaded service started: " + serveErr);
    }

    @Test
    void anInvalidSettingStopsTheStartInOneLineWithoutTheSecret() throws Exception {
        Process serve = process(Map.of("PORT", "eighty", "SLACK_BOT_TOKEN", "xoxb-NOT-TO-BE-SEEN"), "serve");
        String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, serve.exitValue(), err);
        assertTrue(err.contains("setting PORT: 'eighty' is not a whole number"), err);
        assertFalse(err.contains("xoxb-NOT-TO-BE-SEEN"));
    }

    @Test
    void sigtermUnderLoadFinishesCleanly() throws Exception {
        try (ServeProcess serve = new ServeProcess(Map.of())) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            List<String> questions = List.of("horeca%202022-2023", "top%205%20sectoren", "groei%20bouw", "erkenningen%20per%20sector");
            Thread load = new Thread(() -> {
                for (int i = 0; i < 100_000 && !Thread.currentThread().isInterrupted(); i++) {
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                                + "/api/ask?q=" + questions.get(i % questions.size()) + "%20" + i)).build(), HttpResponse.BodyHandlers.ofString());
                        // 503 is a stopping server refusing new work, as it should; any other 5xx is a failed answer
                        (r.statusCode() >= 500 && r.statusCode() != 503 ? serverErrors : ok).incrementAndGet();
                    } catch (IOException e) {
                        return; // the server has gone: expected after SIGTERM
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            load.start();
            while (ok.get() < 200) {
                Thread.onSpinWait();
            }
            long stopped = System.nanoTime();
            assertEquals(0, serve.stop(), serve::log);
            assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(10), "slow to stop");
            load.join(10_000);
            assertEquals(0, serverErrors.get(), "answers failed while stopping");
        }
    }

    @Test
    void chartsAreDrawnInMemoryWhenTheTempDirectoryDoesNotExist() throws Exception {
        Path png = temp.resolve("chart.png");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp.resolve("no-such-dir"), "-jar", "target/duaalbot.jar", "ask", "--chart", png.toString(),
                "evolutie overeenkomsten horeca");
        Process ask = new ProcessBuilder(command).start();
        assertTrue(ask.waitFor(60, TimeUnit.SECONDS));
        String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ask.exitValue(), err);
        assertTrue(Files.size(png) > 1000, "no PNG written");
    }

    @Test
    void aPortInUseStopsTheStartWithANonZeroStatusAndOneLineNamingIt() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process serve = process(Map.of("PORT", Integer.toString(taken.getLocalPort()), "DUAALBOT_HOST", "127.0.0.1"), "serve");
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(1, serve.exitValue(), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("127.0.0.1:" + taken.getLocalPort()) && err.contains("in use"), err);
        }
    }

    @Test
    void questionsAreNeverLoggedEvenAtDebug() throws Exception {
        try (ServeProcess serve = new ServeProcess(Map.of("DUAALBOT_LOG_LEVEL", "DEBUG"))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            String forged = "horeca%0D%0A12:00:00.000%20ERROR%20forged%20line%1B%5B31m";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                    + "/api/ask?q=" + forged)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(0, serve.stop(), serve::log);
            assertFalse(serve.log().contains("forged"), serve.log());
            assertTrue(serve.log().contains("answered channel=http"), "the answer is logged, without its question: " + serve.log());
        }
    }

    private static Process process(Map<String, String> env, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/duaalbot.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // a serve that gets as far as the review keeps its store out of the checkout
        builder.environment().put("DUAALBOT_STATE_DIR", java.nio.file.Files.createTempDirectory("duaalbot-state").toString());
        builder.environment().putAll(env);
        return builder.start();
    }
}
