package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import be.duaalbot.channel.CsvRows;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import be.duaalbot.data.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "CSV" button in Slack (issue 26), through Bolt in HTTP mode against the fake Web API: an
 * answer with figures carries it, labelled in the answer's language, and its press uploads the
 * full answer's figures as a file in the same thread (files upload v2) whose CSV, read back, has
 * one row per figure equal to the data's cells; answers without figures (not understood, no data,
 * the minister's prose) and ephemeral answers have none; an upload the Web API fails at first
 * arrives once, through the outbox; a press over the rate is refused by the admission.
 */
class SlackCsvTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
    private static final String QUESTION = "erkenningen per provincie";
    private static final String THREAD = "1700000000.000100";
    /** The ts the fake Web API gives every message posted. */
    private static final String POSTED_TS = "1700000000.000200";
    private SlackServer server;
    private int events;

    private void start(Map<String, String> extra) throws Exception {
        server = new SlackServer("xoxb-csv", "signing-secret-for-csv", extra);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCsvButtonUploadsTheFiguresInTheThreadAndTheyReadBackAsTheData() throws Exception {
        start(Map.of());
        Answer full = BOT.answer(QUESTION);
        assertFalse(full.figures().isEmpty(), "the question has figures");
        JsonNode csv = csvButton(mention(QUESTION));
        assertNotNull(csv, "no CSV button under an answer with figures");
        assertEquals(ChatTexts.get().text(full.language(), "button.csv"), csv.path("text").path("text").asText());
        assertEquals(200, server.press(SlackButtons.CSV, csv.get("value").asText(), "C1", POSTED_TS, THREAD));
        FakeSlackApi.File file = nextCsv();
        assertEquals("C1", file.channel());
        assertEquals(THREAD, file.threadTs(), "not in the question's thread");
        assertEquals(BOT.texts().csvFileName(full), file.name());
        assertTrue(file.name().matches("duaalbot-[a-z0-9-]+\\.csv"), file.name());
        CsvRows.assertFigures(new String(file.bytes(), StandardCharsets.UTF_8), full, BOT.data());
    }

    @Test
    void inADirectMessageAnEnglishAnswerGetsItsCsvInTheDmWithAnEnglishHeader() throws Exception {
        start(Map.of());
        String question = "recognitions per province";
        Answer full = BOT.answer(question);
        assertEquals(Language.EN, full.language());
        JsonNode csv = csvButton(dm(question));
        assertNotNull(csv, "no CSV button under an English answer with figures");
        assertEquals(ChatTexts.get().text(Language.EN, "button.csv"), csv.path("text").path("text").asText());
        assertEquals(200, server.press(SlackButtons.CSV, csv.get("value").asText(), "D1", POSTED_TS, null));
        FakeSlackApi.File file = nextCsv();
        assertEquals("D1", file.channel());
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        CsvRows.assertFigures(text, full, BOT.data());
        // the English header's columns, whatever the data adds to them (a gloss column for members)
        List<String> header = List.of(text.substring(1, text.indexOf("\r\n")).split(";", -1));
        assertTrue(header.containsAll(List.of(BOT.texts().text(Language.EN, "csv.header").split(";", -1))), text);
    }

    @Test
    void answersWithoutFiguresHaveNoCsvButton() throws Exception {
        start(Map.of());
        String later = laterYear();
        for (String question : List.of("xyzzy plugh", "hoeveel erkenningen in " + later, prose())) {
            Answer answer = BOT.answer(question);
            assertTrue(answer.figures().isEmpty(), question + " has figures");
            FakeSlackApi.Call posted = dm(question);
            assertNull(csvButton(posted), "a CSV button without figures, for " + question + ": " + posted.body());
        }
        assertEquals(Status.NOT_UNDERSTOOD, BOT.answer("xyzzy plugh").status());
        assertEquals(Status.NO_DATA, BOT.answer("hoeveel erkenningen in " + later).status());
    }

    @Test
    void anEphemeralAnswerHasNoCsvButton() throws Exception {
        start(Map.of());
        JsonNode ack = JSON.readTree(server.command("C9", QUESTION).body());
        assertEquals("ephemeral", ack.get("response_type").asText());
        assertTrue(ack.toString().contains(SlackButtons.POST), "the ephemeral answer with its buttons: " + ack);
        assertNull(csvButton(ack.get("blocks")), "a file cannot be posted to an ephemeral message: " + ack);
    }

    @Test
    void aShortenedAnswerPostedFromItsEphemeralCopyCarriesTheCsvOfTheFullAnswer() throws Exception {
        start(Map.of("DUAALBOT_CHARTS", "false"));
        Answer full = BOT.answer(QUESTION);
        JsonNode ack = JSON.readTree(server.command("C9", QUESTION).body());
        assertTrue(ack.toString().contains(SlackButtons.ALL), "the question's answer is not shortened, pick another: " + ack);
        JsonNode post = button(ack.get("blocks"), SlackButtons.POST);
        assertNotNull(post, ack.toString());
        assertEquals(200, server.press(SlackButtons.POST, post.get("value").asText(), "C9", "1700000000.000500", null));
        FakeSlackApi.Call posted = server.slack.nextPost(10);
        assertEquals("in_channel", posted.body().get("response_type").asText());
        JsonNode csv = button(posted.body().get("blocks"), SlackButtons.CSV);
        assertNotNull(csv, "the posted answer has no CSV button: " + posted.body());
        assertEquals(200, server.press(SlackButtons.CSV, csv.get("value").asText(), "C9", POSTED_TS, null));
        FakeSlackApi.File file = nextCsv();
        assertEquals("C9", file.channel());
        assertEquals(POSTED_TS, file.threadTs(), "not in the thread of the posted answer");
        CsvRows.assertFigures(new String(file.bytes(), StandardCharsets.UTF_8), full, BOT.data());
    }

    @Test
    void anUploadTheWebApiFailsAtFirstArrivesOnce() throws Exception {
        start(Map.of("DUAALBOT_CHARTS", "false"));
        JsonNode csv = csvButton(mention(QUESTION));
        assertNotNull(csv, "no CSV button");
        server.slack.uploadFaults("500", "service_unavailable");
        assertEquals(200, server.press(SlackButtons.CSV, csv.get("value").asText(), "C1", POSTED_TS, THREAD));
        FakeSlackApi.File file = nextCsv();
        CsvRows.assertFigures(new String(file.bytes(), StandardCharsets.UTF_8), BOT.answer(QUESTION), BOT.data());
        assertEquals(3, server.slack.calls("files.getUploadURLExternal").size(), "two faults and one upload");
        assertEquals(1, server.slack.calls("files.completeUploadExternal").size(), "shared more than once");
    }

    @Test
    void aPressOverTheRateIsRefusedByTheAdmission() throws Exception {
        start(Map.of("DUAALBOT_RATE_USER_PER_MINUTE", "1", "DUAALBOT_CHARTS", "false"));
        JsonNode csv = csvButton(mention(QUESTION));
        assertNotNull(csv, "no CSV button");
        double refused = count("refused");
        assertEquals(200, server.press(SlackButtons.CSV, csv.get("value").asText(), "C1", POSTED_TS, THREAD));
        assertEquals(refused + 1, count("refused"), "the press went past the rate limit");
        assertTrue(server.slack.calls("files.getUploadURLExternal").isEmpty(), "uploaded over the rate");
    }

    /** A mention in C1, in {@link #THREAD}; the bot's message that answers it. */
    private FakeSlackApi.Call mention(String text) throws Exception {
        return answered(SlackHttpModeTest.mention("EvCsv" + ++events, "<@UBOT> " + text, THREAD), text);
    }

    /** A DM to the bot; the bot's message that answers it. */
    private FakeSlackApi.Call dm(String text) throws Exception {
        return answered(SlackHttpModeTest.dm("EvCsv" + ++events, text), text);
    }

    private FakeSlackApi.Call answered(String event, String text) throws Exception {
        assertEquals(200, server.event(event));
        FakeSlackApi.Call posted = server.slack.nextPost(10);
        assertNotNull(posted, "no answer to " + text);
        assertEquals("chat.postMessage", posted.method());
        return posted;
    }

    /** The next file shared that is a CSV (a chart may come first). */
    private FakeSlackApi.File nextCsv() throws Exception {
        for (FakeSlackApi.File f = server.slack.nextFile(15); f != null; f = server.slack.nextFile(15)) {
            if (f.name().endsWith(".csv")) {
                return f;
            }
        }
        throw new AssertionError("no CSV file uploaded");
    }

    private static JsonNode csvButton(FakeSlackApi.Call call) throws Exception {
        return call.body().has("blocks") ? csvButton(JSON.readTree(call.body().get("blocks").asText())) : null;
    }

    private static JsonNode csvButton(JsonNode blocks) {
        return button(blocks, SlackButtons.CSV);
    }

    /** The button with this action among the blocks, or null. */
    private static JsonNode button(JsonNode blocks, String action) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (action.equals(element.path("action_id").asText())) {
                    return element;
                }
            }
        }
        return null;
    }

    /** A school year after the data's last, ten years on: a question the data cannot answer. */
    private static String laterYear() {
        int start = Integer.parseInt(BOT.data().latestYear().substring(0, 4)) + 10;
        return start + "-" + (start + 1);
    }

    /** The first words that lead to one of the minister's explanations, answered with his prose and no figure. */
    private static String prose() {
        for (Topic topic : BOT.data().topics()) {
            String question = topic.keywords().get(Language.NL).get(0);
            Answer answer = BOT.answer(question);
            String passage = topic.answer().in(Language.NL);
            if (answer.status() == Status.ANSWERED && String.join("\n", answer.body()).contains(passage.substring(0, 40))) {
                return question;
            }
        }
        throw new AssertionError("no explanation of the minister is asked by its own words");
    }

    private double count(String outcome) throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.http.port()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("duaalbot_messages_total\\{channel=\"slack\",outcome=\"" + outcome + "\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
