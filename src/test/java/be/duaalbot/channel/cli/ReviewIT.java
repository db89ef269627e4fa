package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's loop, as an admin runs it: five conversations ask about a word the bot does not know
 * through the HTTP API; {@code duaalbot review --json} ranks that word first with five
 * conversations and their examples, and the database file holds no identifier; {@code duaalbot
 * teach} maps it, the running service reloads and answers with the data's figure; {@code --undo}
 * brings the refusal back.
 */
class ReviewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASKER = "asker-7f3a9c";

    @TempDir
    Path temp;

    @Test
    void missedByFiveConversationsReviewedTaughtAndUndone() throws Exception {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        Path state = temp.resolve("state");
        Dataset data = DataLoader.load(dir);
        String year = data.latestYear();
        String question = "hoeveel erkenningen bij de eetcafés in " + year;
        try (ServeProcess serve = new ServeProcess(Map.of("DUAALBOT_DATA_DIR", dir.toString(), "DUAALBOT_STATE_DIR", state.toString()))) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + serve.port();
            List<String> asked = List.of(question, "eetcafés erkenningen " + year, "erkenningen eetcafés", question, "hoeveel eetcafés hadden een erkenning");
            for (int i = 0; i < asked.size(); i++) {
                JsonNode a = get(client, base + "/api/ask?conversation=" + ASKER + "-" + i + "&q=" + encode(asked.get(i)));
                assertEquals("no_data", a.get("status").asText(), "precondition: the shipped lexicon does not know 'eetcafés': " + a);
            }

            JsonNode review = review(state, 5);
            JsonNode first = review.get("unknownWords").get(0);
            assertEquals("eetcafes", first.get("word").asText(), review::toString);
            assertEquals(5, first.get("conversations").asInt());
            JsonNode examples = first.get("examples");
            assertTrue(examples.size() >= 1 && examples.size() <= 3, examples::toString);
            examples.forEach(e -> {
                assertTrue(asked.contains(e.get("question").asText()), e::toString);
                assertTrue(e.get("answered").asText().contains("eetcafes"), e::toString);
            });
            String file = new String(Files.readAllBytes(state.resolve("review.db")), StandardCharsets.ISO_8859_1);
            for (String id : List.of(ASKER, "7f3a9c", "127.0.0.1", "http:", "localhost")) {
                assertFalse(file.contains(id), "the store holds " + id);
            }

            MainTest.Run taught = MainTest.run(null, "teach", "eetcafés", "--as", "horeca", "--data-dir", dir.toString());
            assertEquals(0, taught.code(), taught.err());
            assertTrue(serve.await("data: reloaded", 15), serve::log);
            JsonNode answer = get(client, base + "/api/ask?q=" + encode(question));
            int cell = data.tableWith("recognitions", "Horeca").orElseThrow().value("Horeca", year).orElseThrow();
            assertEquals("answered", answer.get("status").asText(), answer::toString);
            assertEquals(cell, answer.get("figures").get(0).get("value").asInt());

            String version = get(client, base + "/readyz").get("data").get("version").asText();
            MainTest.Run undone = MainTest.run(null, "teach", "eetcafés", "--undo", "--data-dir", dir.toString());
            assertEquals(0, undone.code(), undone.err());
            long until = System.nanoTime() + 15_000_000_000L;
            while (get(client, base + "/readyz").get("data").get("version").asText().equals(version) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertEquals("no_data", get(client, base + "/api/ask?q=" + encode(question)).get("status").asText());
            assertEquals(0, serve.stop());
        }
    }

    /** {@code review --json}, asked until its first word has {@code conversations} (the store is written asynchronously). */
    private static JsonNode review(Path state, int conversations) throws Exception {
        JsonNode review = null;
        long until = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < until) {
            MainTest.Run r = MainTest.run(null, "review", "--json", "--state-dir", state.toString());
            assertEquals(0, r.code(), r.err());
            review = JSON.readTree(r.out());
            JsonNode words = review.get("unknownWords");
            if (words.size() > 0 && words.get(0).get("conversations").asInt() >= conversations) {
                return review;
            }
            Thread.sleep(100);
        }
        return review;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(HttpClient client, String url) throws Exception {
        return JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
