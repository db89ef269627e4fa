package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysis answers whose shape the corpora do not pin down: ties, the total, the computations stated. */
class AnalysisTest {

    @Test
    void aTieAtTheCutIsKeptAndSaid() {
        // Haartooi and Social profit share sixth place in agreements 2022-2023 (both the same cell value)
        assumeTrue(Bots.cell("agreements", "Haartooi - fitness - schoonheidszorgen", "2022-2023")
                .equals(Bots.cell("agreements", "Social profit", "2022-2023")), "the two rows are tied");
        Answer a = Bots.BOT.answer("top 6 sectoren overeenkomsten 2022-2023");
        List<String> members = a.figures().stream().map(Figure::member).toList();
        assertEquals(7, members.size(), a::text);
        assertTrue(members.containsAll(List.of("Haartooi - fitness - schoonheidszorgen", "Social profit")), a::text);
        assertTrue(a.text().contains("6. Social profit") && a.text().contains("6. Haartooi"), a::text);
        assertTrue(a.text().contains("(gedeeld)"), a::text);
    }

    @Test
    void theFlemishTotalIsNeverRanked() {
        Answer a = Bots.BOT.answer("ranking provincies erkenningen 2021-2022");
        assertFalse(a.figures().isEmpty(), a::text);
        assertTrue(a.figures().stream().noneMatch(f -> f.member().startsWith("Totaal")), a::text);
    }

    @Test
    void aChangeAcrossMembersSaysItsBasisAndGivesBothForTheLeader() {
        Answer a = Bots.BOT.answer("which sector lost the most agreements between 2021-2022 and 2022-2023");
        assertTrue(a.text().contains("absolute"), a::text);
        Figure from = a.figures().get(0);
        Figure to = a.figures().get(1);
        assertEquals(from.member(), to.member());
        int diff = to.value() - from.value();
        assertTrue(diff < 0, a::text);
        String pct = String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * diff / from.value());
        // English names the member with its gloss from the data ("Horeca (hospitality)")
        String leader = Bots.DATA.glosses().label(from.member(), be.duaalbot.data.Language.EN);
        assertTrue(a.text().contains("Leader: " + leader + ", " + diff + " in absolute terms and " + pct), a::text);
    }

    @Test
    void comparingBothMeasuresGivesTheirDifference() {
        Answer a = Bots.BOT.answer("vergelijk erkenningen en overeenkomsten Limburg 2022-2023");
        int rec = Bots.cell("recognitions", "Provincie Limburg", "2022-2023").getAsInt();
        int agr = Bots.cell("agreements", "Provincie Limburg", "2022-2023").getAsInt();
        String diff = String.format(java.util.Locale.GERMANY, "%,d", Math.abs(rec - agr));
        assertTrue(a.text().contains("een verschil van " + diff), a::text);
    }

    @Test
    void aSumOfProvincesExplainsWhyItExceedsTheTotal() {
        Answer a = Bots.BOT.answer("erkenningen per provincie 2022-2023");
        int sum = Bots.DATA.membersOf("province").stream().filter(m -> !Bots.DATA.isTotal(m))
                .mapToInt(m -> Bots.cell("recognitions", m, "2022-2023").getAsInt()).sum();
        var table = Bots.DATA.totalTable("recognitions").orElseThrow();
        int total = table.value(table.total(), "2022-2023").getAsInt();
        assumeTrue(sum > total && table.overlaps(), "the provinces add up to more than the total, and the table says why");
        assertTrue(a.text().contains(String.format(java.util.Locale.GERMANY, "%,d", sum)), a::text);
        assertTrue(a.text().contains(table.total()) && a.text().contains(String.format(java.util.Locale.GERMANY, "%,d", total)), a::text);
    }

    @Test
    void noDataSaysWhatIsMissingAndOffersWhatExists() {
        assumeTrue(Bots.DATA.tableWith("agreements", "Textielverzorging").isEmpty() && Bots.DATA.tableWith("recognitions", "Textielverzorging").isPresent(),
                "Textielverzorging has recognitions and no agreements");
        Answer a = Bots.BOT.answer("textielverzorging overeenkomsten 2022-2023");
        assertEquals("no_data", a.status().code());
        assertTrue(a.text().contains("geen rij voor Textielverzorging") && a.text().contains("erkenningen voor Textielverzorging"), a::text);
        var sectors = Bots.DATA.tableWith("agreements", "Horeca").orElseThrow();
        List<String> has = sectors.yearsOf("Horeca");
        Answer year = Bots.BOT.answer("overeenkomsten horeca " + Bots.after(sectors.schoolYears().get(sectors.schoolYears().size() - 1), 1));
        assertEquals("no_data", year.status().code());
        assertTrue(year.text().contains(has.get(has.size() - 1)), () -> "the years it has: " + year.text());
    }

    @Test
    void yearsNamedOutOfOrderStillTrendForward() {
        Answer a = Bots.BOT.answer("horeca overeenkomsten 2022-2023 en 2019-2020");
        int first = Bots.cell("agreements", "Horeca", "2019-2020").getAsInt();
        int last = Bots.cell("agreements", "Horeca", "2022-2023").getAsInt();
        assertTrue(a.text().contains("Trend: " + first + " \u2192 " + last), a::text);
    }

    @Test
    void decliningListsHoldOnlyDeclinesAndGrowthListsOnlyGrowth() {
        Answer down = Bots.BOT.answer("which sector lost the most agreements between 2021-2022 and 2022-2023");
        for (int i = 0; i < down.figures().size(); i += 2) {
            assertTrue(down.figures().get(i + 1).value() < down.figures().get(i).value(), down::text);
        }
        Answer up = Bots.BOT.answer("groei overeenkomsten per provincie van 2019-2020 tot 2020-2021");
        for (int i = 0; i < up.figures().size(); i += 2) {
            assertTrue(up.figures().get(i + 1).value() > up.figures().get(i).value(), up::text);
        }
    }

    @Test
    void sharesSayTheyExceedAHundredOnlyWhenTheyDo() {
        for (String q : List.of("aandeel handel in de overeenkomsten 2022-2023", "aandeel per provincie in de erkenningen 2022-2023")) {
            Answer a = Bots.BOT.answer(q);
            assertEquals("answered", a.status().code(), a::text);
            var table = Bots.DATA.totalTable(a.figures().get(0).measure()).orElseThrow();
            int total = table.value(table.total(), "2022-2023").getAsInt();
            int parts = a.figures().stream().filter(f -> !Bots.DATA.isTotal(f.member())).mapToInt(Figure::value).sum();
            assertEquals(parts > total, a.text().contains("100%"), a::text);
        }
    }

    @Test
    void aConversionRateSinceAndACrossedBreakdownAreReadAsAsked() {
        Answer rate = Bots.BOT.answer("What was the conversion rate in Limburg in 2022-2023?");
        assertTrue(rate.readAs().contains("agreements as % of recognitions"), rate::text);
        Answer since = Bots.BOT.answer("erkenningen bouw sinds 2021");
        List<String> sinceThen = Bots.DATA.tableWith("recognitions", "Bouw").orElseThrow().yearsOf("Bouw").stream()
                .filter(y -> y.compareTo("2020-2021") >= 0).toList();
        assertEquals(sinceThen, since.figures().stream().map(Figure::schoolYear).toList(), since::text);
        Answer crossed = Bots.BOT.answer("welke provincie had de meeste overeenkomsten in de bouw");
        assertEquals("no_data", crossed.status().code(), crossed::text);
        Answer compare = Bots.BOT.answer("Did Limburg have more agreements than Antwerp in 2022-2023?");
        assertTrue(compare.readAs().startsWith("Read as: comparison"), compare::text);
    }
}
