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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The question corpora (Duckling style): look-ups and analysis questions with the figures and
 * orders they must produce, and a negative corpus of phrases that must produce no figure.
 * Expected values are read from the data, never written here; every figure of every answer
 * must be a cell of the data. The {@code chat-*} files hold questions written the way users type
 * in a chat (issue 12): sums, the years of one member, conversion rates, unknown subjects that must
 * be {@code no_data} naming what is missing, and prose topics whose reply must carry given words.
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
    Stream<DynamicTest> chatLookups() throws IOException {
        return cases("chat-lookups.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> chatAnalysis() throws IOException {
        return cases("chat-analysis.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> chatNoData() throws IOException {
        return cases("chat-nodata.jsonl");
    }

    /** Everyday words (months, verbs, adverbs, adjectives, places) in questions that must be answered, or refused for the right reason. */
    @TestFactory
    Stream<DynamicTest> everydayWords() throws IOException {
        return cases("everyday-words.jsonl");
    }

    /**
     * The questions of blind sets 11 and 12 (issue 22), written from the sources by people who never
     * saw the code, in this corpus's format; the ratios and averages they ask are in the operations work.
     */
    @TestFactory
    Stream<DynamicTest> blindSets() throws IOException {
        return cases("blind-sets.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> blindTopics() throws IOException {
        return lines("blind-topics.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> topic(item)));
    }

    @TestFactory
    Stream<DynamicTest> chatTopics() throws IOException {
        return lines("chat-topics.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> topic(item)));
    }

    /** Issue 22: ratios, averages, sums, differences, orders and year expressions, and the blind sets' operation questions. */
    @TestFactory
    Stream<DynamicTest> operations() throws IOException {
        return Stream.concat(cases("operations.jsonl"), cases("operations-blind.jsonl"));
    }

    /** Every operation in a question the bot cannot compute it for: said first, never answered with another computation. */
    @TestFactory
    Stream<DynamicTest> operationsRefused() throws IOException {
        return lines("operations-negative.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(),
                () -> OperationChecks.refused(item, Bots.BOT.answer(item.get("q").asText()))));
    }

    @TestFactory
    Stream<DynamicTest> negatives() throws IOException {
        return Files.readAllLines(CORPUS.resolve("negative.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(Bots::years)
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
        String kind = item.path("kind").asText("figures");
        if (OperationChecks.check(kind, item, a)) {
            return;
        }
        switch (kind) {
            case "ranking" -> ranking(item, a);
            case "change" -> change(item, a);
            case "first" -> assertEquals(item.get("member").asText(), a.figures().get(0).member(), a::text);
            case "percent" -> percent(item, a);
            case "sum" -> sum(item, a);
            case "difference" -> difference(item, a);
            case "percentChange" -> percentChange(item, a);
            case "years" -> years(item, a);
            default -> item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                    () -> "missing " + t + " in " + a.figures()));
        }
    }

    private static void ranking(JsonNode item, Answer a) {
        if (item.get("order").isTextual()) {
            most(item, a);
            return;
        }
        List<String> want = new ArrayList<>();
        item.get("order").forEach(m -> want.add(m.asText()));
        if (item.path("newest").asBoolean(false)) {
            // a question without a year asks the newest, which changes as figures are added: the order is the data's
            String year = item.get("year").asText();
            String measure = item.get("measure").asText();
            want.sort(java.util.Comparator.comparingInt((String m) -> -Bots.cell(measure, m, year).getAsInt()));
        }
        List<String> got = a.figures().stream()
                .filter(f -> f.measure().equals(item.get("measure").asText()) && f.schoolYear().equals(item.get("year").asText()))
                .map(Figure::member).limit(want.size()).toList();
        assertEquals(sortedTies(want, item), sortedTies(got, item), a::text);
    }

    /** "order": "most": the first figure is a member of the breakdown with the most of the measure that year (apart members aside). */
    private static void most(JsonNode item, Answer a) {
        String measure = item.get("measure").asText();
        String year = item.get("year").asText();
        var table = Bots.DATA.table(measure, item.get("breakdown").asText()).orElseThrow();
        var apart = Bots.DATA.breakdowns().get(table.breakdown()).apart();
        int best = table.memberRows().stream().filter(r -> !apart.contains(r.label()))
                .mapToInt(r -> table.value(r.label(), year).orElse(-1)).max().orElseThrow();
        assertTrue(!a.figures().isEmpty(), a::text);
        Figure first = a.figures().get(0);
        assertEquals(List.of(measure, year, best), List.of(first.measure(), first.schoolYear(), first.value()), a::text);
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
        if (item.has("diff")) {
            assertEquals(item.get("diff").asInt(), to - from, "the corpus disagrees with the data");
        }
        assertTrue(a.text().replaceAll("(\\d)[.,](\\d{3})", "$1$2").contains(String.valueOf(Math.abs(to - from))), a::text);
    }

    private static void percent(JsonNode item, Answer a) {
        item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                () -> "missing " + t + " in " + a.figures()));
        if (item.has("percentOf")) {
            double pct = 100.0 * total(item.get("percentOf").get(0)) / total(item.get("percentOf").get(1));
            assertTrue(states(a, pct), () -> String.format(Locale.ROOT, "%.1f%% not in %s", pct, a.text()));
            return;
        }
        String pct = String.format(Locale.ROOT, "%.1f", item.get("percent").asDouble());
        assertTrue(a.text().contains(pct) || a.text().contains(pct.replace('.', ',')), () -> pct + " not in " + a.text());
    }

    /** Every named cell in the reply, and their sum, computed from the data, stated in the text. */
    private static void sum(JsonNode item, Answer a) {
        item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                () -> "missing " + t + " in " + a.figures()));
        int sum = total(item.get("figures"));
        assertTrue(states(a, sum), () -> "the sum " + sum + " not in " + a.text());
    }

    /** Two cells and their difference, computed from the data, stated in the text. */
    private static void difference(JsonNode item, Answer a) {
        item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                () -> "missing " + t + " in " + a.figures()));
        int difference = total(item.get("figures").get(0)) - total(item.get("figures").get(1));
        assertTrue(states(a, difference), () -> "the difference " + difference + " not in " + a.text());
    }

    /** A change in percent from one cell to another, computed from the data, stated in the text. */
    private static void percentChange(JsonNode item, Answer a) {
        int from = total(item.get("from"));
        int to = total(item.get("to"));
        assertTrue(has(a, item.get("to").get(0).asText(), item.get("to").get(1).asText(), item.get("to").get(2).asText()), a::text);
        double pct = 100.0 * (to - from) / from;
        assertTrue(states(a, pct), () -> String.format(Locale.ROOT, "%.1f%% not in %s", pct, a.text()));
    }

    /** "In welk jaar had X de meeste …": the first figure is X in (one of) its year(s) with the most or least. */
    private static void years(JsonNode item, Answer a) {
        String measure = item.get("measure").asText();
        String member = item.get("member").asText();
        IntStream values = Bots.DATA.schoolYears().stream().mapToInt(y -> Bots.cell(measure, member, y).orElseThrow());
        int best = (item.get("order").asText().equals("most") ? values.max() : values.min()).orElseThrow();
        Set<String> want = Bots.DATA.schoolYears().stream()
                .filter(y -> Bots.cell(measure, member, y).getAsInt() == best).collect(Collectors.toSet());
        assertTrue(!a.figures().isEmpty(), a::text);
        Figure first = a.figures().get(0);
        assertEquals(List.of(measure, member), List.of(first.measure(), first.member()), a::text);
        assertTrue(want.contains(first.schoolYear()), () -> "expected one of " + want + " first: " + a.text());
    }

    /** A prose topic: every group has one of its words in the reply; {@code noFigures}: no table dump. */
    private static void topic(JsonNode item) {
        Answer a = Bots.BOT.answer(item.get("q").asText());
        a.figures().forEach(f -> assertTrue(Bots.isCell(f), () -> "not a cell of the data: " + f));
        if (item.has("lang")) {
            assertEquals(item.get("lang").asText(), a.language().code(), "language");
        }
        String low = a.text().toLowerCase(Locale.ROOT);
        item.get("groups").forEach(g -> assertTrue(texts(g).anyMatch(low::contains), () -> "none of " + g + " in: " + a.text()));
        if (item.path("noFigures").asBoolean(false)) {
            assertTrue(a.figures().isEmpty(), () -> "figures for a prose question: " + a.figures());
        }
    }

    /** A cell [measure, member, year] or a list of cells: the value, or the sum of the values, in the data. */
    static int total(JsonNode cells) {
        if (cells.get(0).isTextual()) {
            return Bots.cell(cells.get(0).asText(), cells.get(1).asText(), cells.get(2).asText())
                    .orElseThrow(() -> new AssertionError("not a cell of the data: " + cells));
        }
        return StreamSupport.stream(cells.spliterator(), false).mapToInt(CorpusTest::total).sum();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,\\u202f\\u00a0]*\\d)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    /** True when the text states the value, written 1.234 or 1,234, 12,3 or 12.3 (within rounding to one decimal). */
    static boolean states(Answer a, double value) {
        Matcher m = NUMBER.matcher(a.text());
        while (m.find()) {
            String t = m.group().replace("\u202f", "").replace("\u00a0", "");
            String plain = THOUSANDS.matcher(t).matches() ? t.replaceAll("[.,]", "") : t.replace(',', '.');
            try {
                if (Math.abs(Double.parseDouble(plain) - Math.abs(value)) < 0.051) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // "1.2.3" and the like: not a number
            }
        }
        return false;
    }

    private static Stream<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText);
    }

    private static boolean has(Answer a, String measure, String member, String year) {
        return a.figures().stream().anyMatch(f -> f.measure().equals(measure) && f.member().equals(member) && f.schoolYear().equals(year));
    }

    private static Stream<DynamicTest> cases(String file) throws IOException {
        return lines(file).map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> check(item)));
    }

    private static Stream<JsonNode> lines(String file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                var item = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Bots.years(line));
                item.put("newest", line.contains("\"year\": \"{latest}\""));
                OperationChecks.expand(item);
                items.add(item);
            }
        }
        return items.stream();
    }
}
