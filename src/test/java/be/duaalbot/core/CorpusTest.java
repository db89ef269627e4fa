package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The question corpora (Duckling style): look-ups and analysis questions with the figures and
 * orders they must produce, and a negative corpus of phrases that must produce no figure.
 * Expected values are read from the data, never written here; every figure of every answer
 * must be a cell of the data.
 */
class CorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> lookups() throws IOException {
        return lines("lookups.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> check(item)));
    }

    @TestFactory
    Stream<DynamicTest> analysis() throws IOException {
        return lines("analysis.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> check(item)));
    }

    @TestFactory
    Stream<DynamicTest> negatives() throws IOException {
        return Files.readAllLines(CORPUS.resolve("negative.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(q -> DynamicTest.dynamicTest(q, () -> {
                    Answer a = Bots.BOT.answer(q);
                    assertTrue(a.figures().isEmpty(), () -> "a figure for a phrase that asks none: " + a.text());
                    assertTrue(a.status() != Status.ANSWERED, () -> "answered: " + a.text());
                }));
    }

    private static void check(JsonNode item) {
        Answer a = Bots.BOT.answer(item.get("q").asText());
        a.figures().forEach(f -> assertTrue(Bots.isCell(f), () -> "not a cell of the data: " + f));
        if (item.has("lang")) {
            assertEquals(item.get("lang").asText(), a.language().code(), "language");
        }
        String status = item.path("status").asText("answered");
        if (!status.equals("answered")) {
            assertTrue(a.status() != Status.ANSWERED && a.figures().isEmpty(), () -> "expected " + status + ": " + a.text());
            item.path("words").forEach(w -> assertTrue(a.text().toLowerCase(Locale.ROOT).contains(w.asText()),
                    () -> "expected '" + w.asText() + "' in: " + a.text()));
            return;
        }
        assertEquals(Status.ANSWERED, a.status(), a::text);
        switch (item.path("kind").asText("figures")) {
            case "ranking" -> ranking(item, a);
            case "change" -> change(item, a);
            case "first" -> assertEquals(item.get("member").asText(), a.figures().get(0).member(), a::text);
            case "percent" -> percent(item, a);
            default -> item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                    () -> "missing " + t + " in " + a.figures()));
        }
    }

    private static void ranking(JsonNode item, Answer a) {
        List<String> want = new ArrayList<>();
        item.get("order").forEach(m -> want.add(m.asText()));
        List<String> got = a.figures().stream()
                .filter(f -> f.measure().equals(item.get("measure").asText()) && f.schoolYear().equals(item.get("year").asText()))
                .map(Figure::member).limit(want.size()).toList();
        assertEquals(sortedTies(want, item), sortedTies(got, item), a::text);
    }

    /** Rows with equal values may come in either order: compare each run of equal values as a set. */
    private static List<String> sortedTies(List<String> members, JsonNode item) {
        String measure = item.get("measure").asText();
        String year = item.get("year").asText();
        List<String> out = new ArrayList<>(members);
        out.sort((x, y) -> {
            int vx = Bots.cell(measure, x, year).orElse(-1);
            int vy = Bots.cell(measure, y, year).orElse(-1);
            return vx == vy ? x.compareTo(y) : 0;
        });
        return out;
    }

    private static void change(JsonNode item, Answer a) {
        String measure = item.get("measure").asText();
        String member = item.get("member").asText();
        int from = Bots.cell(measure, member, item.get("from").asText()).getAsInt();
        int to = Bots.cell(measure, member, item.get("to").asText()).getAsInt();
        assertTrue(has(a, measure, member, item.get("from").asText()) && has(a, measure, member, item.get("to").asText()), a::text);
        assertEquals(item.get("diff").asInt(), to - from, "the corpus disagrees with the data");
        assertTrue(a.text().replaceAll("(\\d)[.,](\\d{3})", "$1$2").contains(String.valueOf(Math.abs(to - from))), a::text);
    }

    private static void percent(JsonNode item, Answer a) {
        item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                () -> "missing " + t + " in " + a.figures()));
        String pct = String.format(Locale.ROOT, "%.1f", item.get("percent").asDouble());
        assertTrue(a.text().contains(pct) || a.text().contains(pct.replace('.', ',')), () -> pct + " not in " + a.text());
    }

    private static boolean has(Answer a, String measure, String member, String year) {
        return a.figures().stream().anyMatch(f -> f.measure().equals(measure) && f.member().equals(member) && f.schoolYear().equals(year));
    }

    private static Stream<JsonNode> lines(String file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                items.add(JSON.readTree(line));
            }
        }
        return items.stream();
    }
}
