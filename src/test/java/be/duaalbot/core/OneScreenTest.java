package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One screen by default: a long answer becomes its summary; a short one is left alone. */
class OneScreenTest {
    private final OneScreen oneScreen = new OneScreen(Bots.BOT);

    @Test
    void aBroadAnswerBecomesASummaryWithTheTotalTheTopRowsAndWhatWasLeftOut() {
        Reply reply = oneScreen.reply(Bots.BOT.answer("erkenningen en overeenkomsten per sector"));
        assertTrue(reply.shortened());
        String text = reply.shown().text();
        assertTrue(text.length() <= OneScreen.MAX_CHARS, text.length() + " characters");
        assertTrue(text.lines().count() <= OneScreen.MAX_LINES, text);
        String year = fullestYear();
        var total = Bots.DATA.totalTable("recognitions").orElseThrow();
        assertTrue(text.contains(nl(total.value(total.total(), year).getAsInt())), "the total: " + text);
        var sectors = Bots.DATA.table("recognitions", "sector").orElseThrow();
        String top = sectors.memberRows().stream()
                .max(java.util.Comparator.comparingInt(r -> sectors.value(r.label(), year).orElse(-1))).orElseThrow().label();
        assertTrue(text.contains("1. " + top + ":"), "the top row: " + text);
        assertTrue(text.contains("Niet getoond"), text);
        assertEquals(reply.full().source(), reply.shown().source());
        assertEquals(reply.full().chart(), reply.shown().chart());
    }

    @Test
    void anAnswerThatFitsIsShownWhole() {
        Answer answer = Bots.BOT.answer("horeca overeenkomsten 2022-2023");
        Reply reply = oneScreen.reply(answer);
        assertFalse(reply.shortened());
        assertSame(answer, reply.shown());
    }

    @Test
    void anEnglishSummaryIsInEnglish() {
        String text = oneScreen.reply(Bots.BOT.answer("agreements per sector 2022-2023")).shown().text();
        assertTrue(text.contains("Not shown"), text);
    }

    /** Every question of the test corpora: what a chat shows of any reply fits one screen and keeps its source. */
    @Test
    void everyCorpusAnswerFitsOneScreen() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int shortened = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/corpus"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Reply reply = oneScreen.reply(Bots.BOT.answer(json.readTree(Bots.years(line)).path("q").asText()));
                    Answer shown = reply.shown();
                    assertTrue(OneScreen.fits(shown), shown.question() + ":\n" + shown.text());
                    assertEquals(reply.full().source(), shown.source(), shown.question());
                    shortened += reply.shortened() ? 1 : 0;
                }
            }
        }
        assertTrue(shortened > 0, "no corpus answer needed shortening");
    }

    /** The year a summary ranks by: the newest in which the most sector rows of both measures have a figure. */
    private static String fullestYear() {
        java.util.Map<String, Integer> rows = new java.util.TreeMap<>();
        for (String measure : java.util.List.of("recognitions", "agreements")) {
            var t = Bots.DATA.table(measure, "sector").orElseThrow();
            t.schoolYears().forEach(y -> rows.merge(y, t.memberRows().size() - t.membersWithout(y).size(), Integer::sum));
        }
        int most = java.util.Collections.max(rows.values());
        return rows.entrySet().stream().filter(e -> e.getValue() == most).reduce((a, b) -> b).orElseThrow().getKey();
    }

    private static String nl(int value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-BE")).format(value);
    }
}
