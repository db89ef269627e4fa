package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With DUAALBOT_LOG_FORMAT=json every line the service writes is one JSON object with a level
 * and a message, from start-up through an answer to a clean stop: what a log shipper needs.
 */
class LogFormatIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineIsAJsonObject() throws Exception {
        try (ServeProcess serve = new ServeProcess(Map.of("DUAALBOT_LOG_FORMAT", "json"))) {
            assertTrue(serve.await("serving on", 30), serve::log);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serve.port() + "/api/ask?q=horeca")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer::body);
            assertEquals(0, serve.stop(), serve::log);
            String log = serve.log();
            assertTrue(log.lines().filter(l -> !l.isBlank()).count() >= 4, log);
            for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject() && node.hasNonNull("level"), () -> "not a JSON log line: " + line);
                assertTrue(node.has("formattedMessage") || node.has("message"), () -> "no message: " + line);
            }
        }
    }
}
