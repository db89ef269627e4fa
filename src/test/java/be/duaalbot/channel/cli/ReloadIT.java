package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataImport;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.ImportRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running {@code serve} answers figures imported into its data directory within seconds of
 * SIGHUP (before the directory watch, which waits a quiet second, would), shows the new data
 * version in {@code /readyz} and the metrics, and keeps serving when the directory breaks. At the
 * default log level, a SIGHUP with nothing changed says so.
 */
class ReloadIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void sighupServesTheImportedFigure() throws Exception {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        Dataset data = DataLoader.load(dir);
        int start = Integer.parseInt(data.latestYear().substring(0, 4)) + 1;
        String year = start + "-" + (start + 1);
        Path csv = temp.resolve("horeca.csv");
        Files.writeString(csv, "sector;" + year + "\nHoreca;4321\n");
        try (ServeProcess serve = new ServeProcess(Map.of("DUAALBOT_DATA_DIR", dir.toString(), "DUAALBOT_LOG_LEVEL", "WARN"))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + serve.port();
            String version = get(client, base + "/readyz").get("data").get("version").asText();
            new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).start().waitFor();
            assertTrue(serve.await("data: unchanged", 10), () -> "SIGHUP with the same data says nothing:\n" + serve.log());
            DataImport.run(new ImportRequest(csv, dir, "agreements", "sector", "Fictieve vraag 999", "2024-11-05", false), DataDirs.LIMITS);
            new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).start().waitFor();
            JsonNode answer = null;
            long until = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < until) {
                answer = get(client, base + "/api/ask?q=" + URLEncoder.encode("horeca overeenkomsten " + year, StandardCharsets.UTF_8));
                if (answer.get("figures").size() > 0) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(4321, answer.get("figures").get(0).get("value").asInt(), serve::log);
            assertTrue(answer.get("text").asText().contains("Fictieve vraag 999"), answer::toString);
            String reloaded = get(client, base + "/readyz").get("data").get("version").asText();
            assertTrue(!reloaded.equals(version), "the version in /readyz did not change");
            String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("duaalbot_data_version{hash=\"" + reloaded + "\"} 1.0"), metrics);

            Files.writeString(dir.resolve("broken.json"), "{\"tables\": [");
            new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).start().waitFor();
            assertTrue(serve.await("reload refused", 10), serve::log);
            JsonNode still = get(client, base + "/api/ask?q=" + URLEncoder.encode("horeca overeenkomsten " + year, StandardCharsets.UTF_8));
            assertEquals(4321, still.get("figures").get(0).get("value").asInt());
            assertEquals(0, serve.stop());
        }
    }

    private static JsonNode get(HttpClient client, String url) throws Exception {
        return JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
