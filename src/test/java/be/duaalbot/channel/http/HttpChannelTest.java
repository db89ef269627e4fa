package be.duaalbot.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP server on a free loopback port: health, metrics, the ask API, bad input and a clean stop. */
class HttpChannelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DuaalBot bot;
    private HttpChannel http;

    @BeforeEach
    void start() {
        bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AnswerService service = new AnswerService(bot, registry, be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults());
        http = new HttpChannel(service, registry, Duration.ofSeconds(2)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        http.stop();
    }

    @Test
    void healthIsOkWhenTheDataIsLoaded() throws Exception {
        HttpResponse<String> r = get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok", JSON.readTree(r.body()).get("status").asText());
    }

    @Test
    void getAndPostAnswerWithTheJsonOfAskJson() throws Exception {
        int expected = bot.data().table("agreements", "sector").orElseThrow().value("Horeca", "2022-2023").getAsInt();
        for (HttpResponse<String> r : new HttpResponse[] {get("/api/ask?q=" + encode("horeca agreements 2022-2023")),
                post("{\"q\": \"horeca agreements 2022-2023\"}")}) {
            assertEquals(200, r.statusCode(), r.body());
            JsonNode answer = JSON.readTree(r.body());
            assertEquals("answered", answer.get("status").asText());
            assertEquals(expected, answer.get("figures").get(0).get("value").asInt());
            assertEquals("Horeca", answer.get("figures").get(0).get("member").asText());
        }
    }

    @Test
    void badInputGetsAJsonErrorAndChangesNothing() throws Exception {
        assertError(post("{not json"), 400, "not valid JSON");
        assertError(post("{\"question\": \"x\"}"), 400, "\"q\"");
        assertError(post("[1, 2]"), 400, "\"q\"");
        assertError(get("/api/ask"), 400, "missing question");
        String huge = "a".repeat(100_000);
        // a body over 64 KB: HttpAbuseTest, on a raw socket (a client still sending may not read the 413)
        assertError(post(JSON.writeValueAsString(java.util.Map.of("q", "a".repeat(2_000)))), 413, "too long");
        assertError(get("/api/ask?q=" + "a".repeat(2_000)), 413, "too long");
        assertError(get("/api/ask?q=" + huge), 414, "uri too long");
        assertError(get("/nowhere"), 404, "no such path");
        assertEquals(200, get("/healthz").statusCode(), "still healthy");
        assertEquals(200, get("/api/ask?q=" + encode("bouw 2021-2022")).statusCode(), "still answering");
    }

    @Test
    void aConversationIdMakesQuestionsOneConversationAndIsChecked() throws Exception {
        String year = bot.data().latestYear();
        String earlier = bot.data().schoolYears().get(0);
        get("/api/ask?conversation=c-1&q=" + encode("horeca agreements " + year));
        JsonNode followUp = JSON.readTree(post("{\"q\": \"and in " + earlier + "?\", \"conversation\": \"c-1\"}").body());
        assertEquals("answered", followUp.get("status").asText(), followUp::toString);
        assertEquals(List.of("Horeca", earlier), List.of(followUp.get("figures").get(0).get("member").asText(),
                followUp.get("figures").get(0).get("schoolYear").asText()));
        JsonNode alone = JSON.readTree(get("/api/ask?conversation=c-2&q=" + encode("and in " + earlier + "?")).body());
        alone.get("figures").forEach(f -> assertTrue(!f.get("member").asText().equals("Horeca"), "another conversation has no question before it"));
        assertError(get("/api/ask?conversation=" + encode("a b") + "&q=horeca"), 400, "conversation");
        assertError(post("{\"q\": \"horeca\", \"conversation\": 7}"), 400, "conversation");
        assertError(get("/api/ask?conversation=" + "c".repeat(65) + "&q=horeca"), 400, "conversation");
    }

    @Test
    void metricsCountAnswersByStatusAndChannelAndTheCache() throws Exception {
        get("/api/ask?q=" + encode("horeca agreements 2022-2023"));
        get("/api/ask?q=" + encode("horeca agreements 2022-2023"));
        get("/api/ask?q=" + encode("hallo, hoe gaat het?"));
        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("duaalbot_questions_total{channel=\"http\",status=\"answered\"} 2.0"), metrics);
        assertTrue(metrics.contains("duaalbot_questions_total{channel=\"http\",status=\"not_understood\"} 1.0"), metrics);
        assertTrue(metrics.contains("cache_gets_total{cache=\"answers\",result=\"hit\"} 1.0"), metrics);
        assertTrue(metrics.contains("duaalbot_answer_latency_seconds_count{channel=\"http\"} 3"), metrics);
    }

    @Test
    void chartsArePngAndA404JsonWhenThereIsNone() throws Exception {
        HttpResponse<byte[]> png = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port()
                + "/api/chart?q=" + encode("top 5 sectoren overeenkomsten 2022-2023"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertEquals(800, image.getWidth());
        assertError(get("/api/chart?q=" + encode("horeca agreements 2022-2023")), 404, "no chart");
        assertError(get("/api/chart"), 400, "missing question");
    }

    @Test
    void afterAStopNothingIsServed() {
        int port = http.port();
        http.stop();
        assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private void assertError(HttpResponse<String> r, int status, String words) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("error").asText().contains(words), r.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
