package be.duaalbot.channel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.channel.http.TestService;
import be.duaalbot.data.Table;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web channel's routes on the real server (loopback, free port), without a browser: the
 * page's answer JSON, conversations per tab, refusals, and the CSV of {@code /api/ask} read back
 * with a CSV parser against the data (WebPageIT drives the page itself in chromium).
 */
class WebChannelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private TestService test;
    private String base;

    @BeforeEach
    void start() {
        test = new TestService();
        test.http.routes(new WebChannel(test.service, true));
        test.http.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + test.http.port();
    }

    @AfterEach
    void stop() {
        test.http.stop();
    }

    @Test
    void theCsvOfRecognitionsPerProvinceRoundTripsToTheData() throws Exception {
        HttpResponse<String> r = get("/api/ask?format=csv&q=" + URLEncoder.encode("erkenningen per provincie", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("\uFEFF"), "UTF-8 with its byte order mark, for Excel");
        Table table = test.service.bot().data().table("recognitions", "province").orElseThrow();
        Map<List<String>, Integer> rows = new HashMap<>();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body().substring(1))).getRecords();
        for (CSVRecord record : records) {
            assertEquals(7, record.size(), record::toString);
            rows.put(List.of(record.get(2), record.get(3)), Integer.valueOf(record.get(4)));
            // each row names its own source, the one its cell came from (a later year may come from another)
            assertTrue(test.service.bot().data().sources().values().stream().anyMatch(src -> src.citation() != null && record.get(5).contains(src.citation())
                            || src.number() != null && record.get(5).contains(src.number())),
                    "each row names its source: " + record);
        }
        Map<List<String>, Integer> expected = new HashMap<>();
        table.memberRows().forEach(row -> table.yearsOf(row.label()).forEach(y ->
                expected.put(List.of(row.label(), y), table.value(row.label(), y).getAsInt())));
        assertEquals(expected, rows);
        assertTrue(r.body().contains("\r\n"), "CRLF line ends");
    }

    @Test
    void csvOfAnAnswerWithoutFiguresOrAnUnknownFormatIsRefused() throws Exception {
        assertEquals(404, get("/api/ask?format=csv&q=hallo").statusCode());
        assertEquals(400, get("/api/ask?format=xml&q=horeca").statusCode());
    }

    @Test
    void theTabsConversationCarriesAFollowUp() throws Exception {
        Table table = test.service.bot().data().table("agreements", "sector").orElseThrow();
        String tab = "tab-" + System.nanoTime();
        JsonNode first = JSON.readTree(ask("{\"q\": \"horeca overeenkomsten 2022-2023\", \"tab\": \"" + tab + "\"}").body());
        assertEquals("answered", first.get("status").asText());
        assertTrue(first.get("csv").asText().contains(";Horeca;"));
        JsonNode next = JSON.readTree(ask("{\"q\": \"en in 2021-2022?\", \"tab\": \"" + tab + "\"}").body());
        String value = String.format(java.util.Locale.forLanguageTag("nl-BE"), "%,d", table.value("Horeca", "2021-2022").getAsInt());
        assertTrue(next.get("body").toString().contains(value), next::toString);
        JsonNode alone = JSON.readTree(ask("{\"q\": \"en in 2021-2022?\", \"tab\": \"other-" + tab + "\"}").body());
        assertTrue(!alone.get("body").toString().contains(value) || !alone.get("readAs").asText().contains("Horeca"), alone::toString);
    }

    @Test
    void aBadRequestIsRefusedWithJson() throws Exception {
        assertEquals(400, ask("{\"q\": \"horeca\"}").statusCode());
        assertEquals(400, ask("{\"q\": \"horeca\", \"tab\": \"../../etc\"}").statusCode());
        assertEquals(400, ask("{\"q\": \"\", \"tab\": \"abcdefgh\"}").statusCode());
        assertEquals(413, ask("{\"q\": \"" + "a".repeat(1001) + "\", \"tab\": \"abcdefgh\"}").statusCode());
        HttpResponse<String> text = client.send(HttpRequest.newBuilder(URI.create(base + "/web/ask"))
                .POST(HttpRequest.BodyPublishers.ofString("q=horeca")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode());
        assertEquals(415, JSON.readTree(text.body()).get("status").asInt());
    }

    @Test
    void thePageIsServedUnderAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
        assertTrue(!page.body().contains("<script>") && !page.body().contains(" on"), "no inline script or handler");
        assertEquals(200, get("/web/app.js").statusCode());
    }

    @Test
    void theModuleDeclaresItsSettingOnByDefaultAndChecksIt() {
        assertTrue(be.duaalbot.core.ChannelModule.all().stream().anyMatch(m -> m instanceof WebModule), "found through ServiceLoader");
        assertTrue(be.duaalbot.core.SettingsLoader.load(Map.of()).channelFlag(WebModule.SETTING));
        assertEquals(false, be.duaalbot.core.SettingsLoader.load(Map.of(WebModule.SETTING, "false")).channelFlag(WebModule.SETTING));
        var settings = be.duaalbot.core.SettingsLoader.load(Map.of(WebModule.SETTING, "maybe"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(be.duaalbot.core.SettingsException.class,
                () -> new WebModule().install(test.http, test.service, settings));
        assertTrue(e.getMessage().contains(WebModule.SETTING), e.getMessage());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> ask(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/web/ask")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
