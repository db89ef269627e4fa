package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import be.duaalbot.data.Measure;
import be.duaalbot.data.Row;
import be.duaalbot.data.Table;
import java.util.Comparator;
import java.util.OptionalInt;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The question corpora (Duckling style): look-ups and analysis questions with the figures and
 * orders they must produce, and a negative corpus of phrases that must produce no figure.
 * Expected values are read from the data, never written here or in the corpora: orders, leaders,
 * differences and percentages are computed from the loaded tables; every figure of every answer
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

    /** Issue 23: questions of figures and why, held-out style: the figures (cells of the data) first, then the why. */
    @TestFactory
    Stream<DynamicTest> chatWhy() throws IOException {
        return lines("chat-why.jsonl").map(item -> DynamicTest.dynamicTest(item.get("q").asText(), () -> {
            check(item);
            Answer a = Bots.BOT.answer(item.get("q").asText());
            assertTrue(!a.why().isEmpty(), () -> "no why: " + a.text());
            assertTrue(a.text().indexOf(a.body().get(0)) < a.text().indexOf(a.why().get(0)), a::text);
        }));
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
                .map(line -> DynamicTest.dynamicTest(line, () -> {
                    // "unless students: ..." asks a measure no table counts, as long as none does
                    java.util.regex.Matcher unless = Pattern.compile("^unless (\\w+): ").matcher(line);
                    boolean conditional = unless.find();
                    if (conditional) {
                        assumeTrue(Bots.DATA.tablesOf(unless.group(1)).isEmpty(), "a table of " + unless.group(1) + " is loaded");
                    }
                    String q = conditional ? line.substring(unless.end()) : line;
                    Answer a = Bots.BOT.answer(q);
                    assertTrue(a.figures().isEmpty(), () -> "a figure for a phrase that asks none: " + a.text());
                    assertTrue(a.status() != Status.ANSWERED, () -> "answered: " + a.text());
                }));
    }

    /** A question of a measure no table counts ("unlessTable": "students") holds as long as none does. */
    private static void unlessTable(JsonNode item) {
        if (item.has("unlessTable")) {
            assumeTrue(Bots.DATA.tablesOf(item.get("unlessTable").asText()).isEmpty(), "a table of " + item.get("unlessTable") + " is loaded");
        }
    }

    private static void check(JsonNode item) {
        unlessTable(item);
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
            case "leader" -> leader(item, a);
            case "percent" -> percent(item, a);
            case "sum" -> sum(item, a);
            case "difference" -> difference(item, a);
            case "percentChange" -> percentChange(item, a);
            case "years" -> years(item, a);
            default -> item.get("figures").forEach(t -> assertTrue(has(a, t.get(0).asText(), t.get(1).asText(), t.get(2).asText()),
                    () -> "missing " + t + " in " + a.figures()));
        }
    }

    /**
     * A ranking, computed from the data: the {@code count} (default 1) rows of the table with the most
     * (or least) of the measure that year, less those left out ({@code without}) or said beside the
     * ranking ({@code apart}). Rows with equal values may come in either order, so the values are
     * compared, and each row named must be a row of the table.
     */
    private static void ranking(JsonNode item, Answer a) {
        String measure = item.get("measure").asText();
        String year = item.get("year").asText();
        Table table = Bots.DATA.table(measure, item.get("breakdown").asText()).orElseThrow();
        Set<String> aside = texts(item.path("without")).collect(Collectors.toSet());
        texts(item.path("apart")).forEach(aside::add);
        // "among": a ranking of some rows only ("the three trade sectors"), named in the question
        Set<String> among = texts(item.path("among")).collect(Collectors.toSet());
        table.memberRows().stream().map(Row::label).filter(l -> !among.isEmpty() && !among.contains(l)).forEach(aside::add);
        Comparator<Integer> order = item.get("order").asText().equals("most") ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Integer> values = table.memberRows().stream().map(Row::label).filter(l -> !aside.contains(l))
                .map(l -> table.value(l, year)).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).sorted(order).toList();
        int count = Math.min(item.path("count").asInt(1), values.size());
        List<Figure> got = a.figures().stream().filter(f -> f.measure().equals(measure) && f.schoolYear().equals(year))
                .filter(f -> !aside.contains(f.member()) && !table.isTotal(f.member())).limit(count).toList();
        assertEquals(values.subList(0, count), got.stream().map(Figure::value).toList(), a::text);
        got.forEach(f -> assertTrue(table.hasRow(f.member()), () -> f.member() + " is no row of " + table.id()));
        texts(item.path("without")).forEach(w -> assertTrue(a.figures().stream().noneMatch(f -> f.member().equals(w)), () -> w + " left out: " + a.text()));
    }

    /**
     * The first figure is the leader, computed from the data: the row of the breakdown with the largest
     * (or smallest) change between two years, absolute or relative, or conversion (a measure as a
     * percentage of the one it is part of) in a year. Tied leaders may come in either order.
     */
    private static void leader(JsonNode item, Answer a) {
        String breakdown = item.get("breakdown").asText();
        boolean conversion = item.get("of").asText().equals("conversion");
        Measure part = Bots.DATA.measures().values().stream().filter(m -> !m.subsetOf().isEmpty()).findFirst().orElseThrow();
        String measure = conversion ? part.id() : item.get("measure").asText();
        String from = conversion ? part.subsetOf() : item.get("from").asText();
        String to = conversion ? item.get("year").asText() : item.get("to").asText();
        boolean relative = conversion || item.get("by").asText().equals("relative");
        Table table = Bots.DATA.table(measure, breakdown).orElseThrow();
        java.util.Map<String, Double> keys = new java.util.HashMap<>();
        for (Row r : table.memberRows()) {
            OptionalInt a0 = conversion ? Bots.cell(part.subsetOf(), r.label(), to) : table.value(r.label(), from);
            OptionalInt b0 = table.value(r.label(), to);
            if (a0.isPresent() && b0.isPresent() && (!relative || a0.getAsInt() > 0)) {
                double change = conversion ? (double) b0.getAsInt() / a0.getAsInt() : b0.getAsInt() - a0.getAsInt();
                keys.put(r.label(), relative && !conversion ? change / a0.getAsInt() : change);
            }
        }
        boolean most = item.get("order").asText().equals("most");
        double best = most ? java.util.Collections.max(keys.values()) : java.util.Collections.min(keys.values());
        assertTrue(!a.figures().isEmpty(), a::text);
        String first = a.figures().get(0).member();
        assertTrue(keys.containsKey(first) && Math.abs(keys.get(first) - best) < 1e-9, () -> first + " does not lead: " + a.text());
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
        List<String> years = Bots.DATA.tableWith(measure, member).orElseThrow().yearsOf(member); // its own years
        IntStream values = years.stream().mapToInt(y -> Bots.cell(measure, member, y).orElseThrow());
        int best = (item.get("order").asText().equals("most") ? values.max() : values.min()).orElseThrow();
        Set<String> want = years.stream()
                .filter(y -> Bots.cell(measure, member, y).getAsInt() == best).collect(Collectors.toSet());
        assertTrue(!a.figures().isEmpty(), a::text);
        Figure first = a.figures().get(0);
        assertEquals(List.of(measure, member), List.of(first.measure(), first.member()), a::text);
        assertTrue(want.contains(first.schoolYear()), () -> "expected one of " + want + " first: " + a.text());
    }

    /** A prose topic: every group has one of its words in the reply; {@code noFigures}: no table dump. */
    private static void topic(JsonNode item) {
        unlessTable(item);
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

    /**
     * {first} and {latest} of a line about one table are that table's (or that row's) first and newest
     * years, not those of every table: a source may bring one table a year the others lack.
     */
    private static String ownYears(String line) throws IOException {
        JsonNode item = JSON.readTree(line);
        if (!item.has("measure") || !(item.has("breakdown") || item.has("member"))) {
            return cellsOwnYears(line, item);
        }
        String measure = item.get("measure").asText();
        List<String> years = item.has("member")
                ? Bots.DATA.tableWith(measure, item.get("member").asText()).map(t -> t.yearsOf(item.get("member").asText())).orElse(List.of())
                : Bots.DATA.table(measure, item.get("breakdown").asText()).map(Table::schoolYears).orElse(List.of());
        return years.isEmpty() ? line : line.replace("{first}", years.get(0)).replace("{latest}", years.get(years.size() - 1));
    }

    /**
     * A line whose cells ({@code from}, {@code to}: [measure, member, year]) name {first} or {latest}:
     * the first and newest years all their rows share, since one table may have a year the others lack.
     */
    private static String cellsOwnYears(String line, JsonNode item) {
        List<List<String>> rows = new ArrayList<>();
        for (String field : List.of("from", "to")) {
            JsonNode cell = item.path(field);
            if (cell.isArray() && cell.size() == 3) {
                rows.add(Bots.DATA.tableWith(cell.get(0).asText(), cell.get(1).asText())
                        .map(t -> t.yearsOf(cell.get(1).asText())).orElse(List.of()));
            }
        }
        if (rows.isEmpty()) {
            return line;
        }
        List<String> shared = new ArrayList<>(rows.get(0));
        rows.forEach(shared::retainAll);
        return shared.isEmpty() ? line : line.replace("{first}", shared.get(0)).replace("{latest}", shared.get(shared.size() - 1));
    }

    private static Stream<JsonNode> lines(String file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                var item = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Bots.years(ownYears(line)));
                item.put("newest", line.contains("\"year\": \"{latest}\""));
                OperationChecks.expand(item);
                items.add(item);
            }
        }
        return items.stream();
    }
}
