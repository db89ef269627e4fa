package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.data.Table;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The corpus kinds of the operations of issue 22, each checked against values computed from the
 * loaded tables: a ratio ("over" / "under", each a list of cells added up), an average of cells, a
 * difference of two cells, a sorted list (order and count as the question states them), and a
 * refusal: an operation the bot cannot do is said first, with no figure. Cells may name every year
 * ({all years}, a row's own), the newest N ({last 4 years}) or every row of a breakdown ({provinces}, {sectors}, {provinces and apart}), so the
 * corpus does not pin today's extent of the data.
 */
final class OperationChecks {
    private OperationChecks() {
    }

    /** True when it checked the item's kind; false for a kind it does not know. */
    static boolean check(String kind, JsonNode item, Answer a) {
        switch (kind) {
            case "ratio" -> ratio(item, a);
            case "average" -> average(item, a);
            case "difference" -> difference(item, a);
            case "sorted" -> sorted(item, a);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void ratio(JsonNode item, Answer a) {
        cellsIn(item.get("over"), a);
        cellsIn(item.get("under"), a);
        double ratio = (double) CorpusTest.total(item.get("over")) / CorpusTest.total(item.get("under"));
        assertTrue(CorpusTest.states(a, ratio), () -> String.format(Locale.ROOT, "the ratio %.2f not in %s", ratio, a.text()));
    }

    private static void average(JsonNode item, Answer a) {
        cellsIn(item.get("cells"), a);
        double mean = (double) CorpusTest.total(item.get("cells")) / item.get("cells").size();
        assertTrue(CorpusTest.states(a, mean), () -> String.format(Locale.ROOT, "the average %.2f not in %s", mean, a.text()));
    }

    private static void difference(JsonNode item, Answer a) {
        cellsIn(item.get("figures"), a);
        int diff = CorpusTest.total(item.get("figures").get(0)) - CorpusTest.total(item.get("figures").get(1));
        assertTrue(CorpusTest.states(a, Math.abs(diff)), () -> "the difference " + Math.abs(diff) + " not in " + a.text());
    }

    /**
     * The rows of a breakdown's table in a year, with the rows set apart ranked among them
     * ({@code apart: included}) or left out of the comparison ({@code out}), the top or bottom
     * {@code count} (0: all), shown in the order asked.
     */
    private static void sorted(JsonNode item, Answer a) {
        String measure = item.get("measure").asText();
        String year = item.get("year").asText();
        Table table = Bots.DATA.table(measure, item.get("breakdown").asText()).orElseThrow();
        List<String> apart = Bots.DATA.breakdowns().get(table.breakdown()).apart();
        boolean included = item.get("apart").asText().equals("included");
        boolean top = item.get("top").asBoolean();
        List<String> rows = new ArrayList<>(table.memberRows().stream().map(r -> r.label())
                .filter(m -> table.value(m, year).isPresent() && (included || !apart.contains(m))).toList());
        Comparator<String> byValue = Comparator.comparingInt(m -> table.value(m, year).getAsInt());
        rows.sort(top ? byValue.reversed() : byValue);
        int count = item.get("count").asInt() == 0 ? rows.size() : item.get("count").asInt();
        List<String> want = new ArrayList<>(rows.subList(0, count));
        if (item.get("ascending").asBoolean() == top) {
            java.util.Collections.reverse(want);
        }
        List<String> got = a.figures().stream().filter(f -> f.measure().equals(measure) && f.schoolYear().equals(year))
                .map(Figure::member).filter(m -> included || !apart.contains(m)).limit(want.size()).toList();
        assertEquals(want, got, a::text);
    }

    /** An operation the bot cannot do: no figure, and the reply says so first. */
    static void refused(JsonNode item, Answer a) {
        assertTrue(a.status() != Status.ANSWERED && a.figures().isEmpty(), () -> "answered with another computation: " + a.text());
        String operation = Bots.BOT.texts().text(a.language(), "op." + item.get("refuse").asText());
        assertTrue(!a.body().isEmpty() && a.body().get(0).contains(operation), () -> "'" + operation + "' not said first: " + a.text());
    }

    private static void cellsIn(JsonNode cells, Answer a) {
        cells.forEach(c -> assertTrue(a.figures().stream().anyMatch(f -> f.measure().equals(c.get(0).asText())
                && f.member().equals(c.get(1).asText()) && f.schoolYear().equals(c.get(2).asText())), () -> "missing " + c + " in " + a.figures()));
    }

    /** The item with every cell naming all years or all rows of a breakdown written out, from the data. */
    static void expand(ObjectNode item) {
        for (String field : List.of("figures", "cells", "over", "under")) {
            if (item.has(field) && item.get(field).isArray() && item.get(field).size() > 0 && item.get(field).get(0).isArray()) {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                item.get(field).forEach(c -> expand(c, out));
                item.set(field, out);
            }
        }
    }

    /** "{last 4 years}": a row's newest four ("over de vier schooljaren" when the data has five). */
    private static final java.util.regex.Pattern LAST = java.util.regex.Pattern.compile("\\{last (\\d+) years\\}");

    private static void expand(JsonNode cell, ArrayNode out) {
        String measure = cell.get(0).asText();
        String member = cell.get(1).asText();
        String year = cell.get(2).asText();
        java.util.regex.Matcher last = LAST.matcher(year);
        for (String m : members(measure, member)) {
            List<String> own = Bots.DATA.tableWith(measure, m).map(t -> t.yearsOf(m)).orElse(Bots.DATA.schoolYears());
            List<String> years = year.equals("{all years}") ? own
                    : last.matches() ? own.subList(Math.max(0, own.size() - Integer.parseInt(last.group(1))), own.size())
                    : List.of(year);
            for (String y : years) {
                out.add(JsonNodeFactory.instance.arrayNode().add(measure).add(m).add(y));
            }
        }
    }

    private static List<String> members(String measure, String member) {
        if (!member.startsWith("{")) {
            return List.of(member);
        }
        String breakdown = member.startsWith("{provinces") ? "province" : "sector";
        Table table = Bots.DATA.table(measure, breakdown).orElseThrow();
        List<String> apart = member.endsWith("and apart}") ? List.of() : Bots.DATA.breakdowns().get(breakdown).apart();
        return table.memberRows().stream().map(r -> r.label()).filter(m -> !apart.contains(m)).toList();
    }
}
