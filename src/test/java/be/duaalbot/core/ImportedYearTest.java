package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.ChartModel;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataImport;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.ImportRequest;
import be.duaalbot.data.Row;
import be.duaalbot.data.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fictitious question 999 brings agreements per sector for the school year after the data's,
 * imported from a CSV as an admin would: its figures are answered and cite 999 alone, older years
 * still cite 677 alone, rankings run over every year, a change across the two sources states the
 * difference and cites both, and a chart over the years shows every year.
 */
class ImportedYearTest {
    private static final String CITATION = "Schriftelijke vraag nr. 999 van 5 november 2024 (fictief)";

    @TempDir
    static Path temp;

    private static Dataset before;
    private static Dataset data;
    private static DuaalBot bot;
    private static String next;

    @BeforeAll
    static void importTheFictitiousYear() throws IOException {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        before = DataLoader.load(dir);
        next = Bots.after(before.latestYear(), 1);
        Table agreements = before.table("agreements", "sector").orElseThrow();
        StringBuilder csv = new StringBuilder("\uFEFFsector;" + next + "\n");
        for (Row r : agreements.rows()) {
            List<Integer> values = r.values().stream().filter(java.util.Objects::nonNull).toList(); // its own newest figure
            csv.append(r.label()).append(';').append(values.get(values.size() - 1) * 2 + 1).append('\n');
        }
        Path file = temp.resolve("sv999.csv");
        Files.writeString(file, csv);
        DataImport.run(new ImportRequest(file, dir, "agreements", "sector", CITATION, "2024-11-05", false), DataDirs.LIMITS);
        data = DataLoader.load(dir);
        bot = new DuaalBot(data, Bots.CLOCK);
    }

    /** What an answer's source line must hold for a source: its citation as given, or its number ("677"). */
    private static String cited(String source) {
        var s = data.sources().get(source);
        return s.citation().isEmpty() ? s.number() : s.citation();
    }

    private static int cell(String member, String year) {
        return data.table("agreements", "sector").orElseThrow().value(member, year).getAsInt();
    }

    @Test
    void theImportedFigureCitesItsSourceAndOlderYearsStillCite677Alone() {
        Answer a = bot.answer("horeca overeenkomsten " + next);
        assertEquals(List.of(new Figure("agreements", "sector", "Horeca", next, cell("Horeca", next))), a.figures(), a::text);
        assertTrue(a.source().contains(CITATION) && a.source().lines().count() == 1, a::text);
        List<String> had = before.table("agreements", "sector").orElseThrow().yearsOf("Horeca");
        String last = had.get(had.size() - 1);
        Answer old = bot.answer("horeca overeenkomsten " + last);
        assertEquals(cell("Horeca", last), old.figures().get(0).value());
        String cited = cited(before.table("agreements", "sector").orElseThrow().origin("Horeca", last).source());
        assertTrue(old.source().contains(cited) && !old.source().contains(CITATION), old::text);
    }

    @Test
    void aChangeAcrossTheTwoSourcesStatesTheDifferenceAndCitesBoth() {
        String first = horecaYears().get(0);
        Answer a = bot.answer("groei horeca overeenkomsten van " + first + " tot " + next);
        int difference = cell("Horeca", next) - cell("Horeca", first);
        assertTrue(a.text().replaceAll("(\\d)\\.(\\d{3})", "$1$2").contains("+" + difference), a::text);
        String older = cited(data.table("agreements", "sector").orElseThrow().origin("Horeca", first).source());
        assertTrue(a.source().contains(older) && a.source().contains(CITATION), a::text);
        assertTrue(a.source().contains(first) && a.source().contains(next), "each source says which years it gave: " + a.source());
    }

    @Test
    void theYearsOfAMemberAreRankedOverEveryYear() {
        Answer a = bot.answer("in welk jaar had de horeca de meeste overeenkomsten");
        List<String> years = horecaYears();
        String best = years.stream().max(Comparator.comparingInt(y -> cell("Horeca", y))).orElseThrow();
        assertEquals(best, a.figures().get(0).schoolYear(), a::text);
        assertEquals(years.size(), a.figures().stream().map(Figure::schoolYear).distinct().count(), a::text);
        assertTrue(a.source().contains(cited(data.table("agreements", "sector").orElseThrow().origin("Horeca", years.get(0)).source()))
                && a.source().contains(CITATION), a::text);
    }

    @Test
    void aRankingOfTheNewYearCitesOnlyItsSource() {
        Answer a = bot.answer("top 3 sectoren overeenkomsten " + next);
        List<String> want = data.table("agreements", "sector").orElseThrow().memberRows().stream()
                .sorted(Comparator.comparingInt((Row r) -> -cell(r.label(), next))).limit(3).map(Row::label).toList();
        assertEquals(want, a.figures().stream().map(Figure::member).toList(), a::text);
        assertTrue(a.source().contains(CITATION) && a.source().lines().count() == 1, a::text);
    }

    @Test
    void aChartOverTheYearsShowsEveryYear() {
        Answer a = bot.answer("evolutie horeca overeenkomsten");
        ChartModel chart = a.chart().orElseThrow(() -> new AssertionError("no chart: " + a.text()));
        assertEquals(horecaYears(), chart.series().get(0).points().stream().map(ChartModel.Point::category).toList());
        assertEquals(cell("Horeca", next), chart.series().get(0).points().get(horecaYears().size() - 1).value());
    }

    /** The years Horeca has a figure for: its own, which a partial source may leave short of every table's. */
    private static List<String> horecaYears() {
        return data.table("agreements", "sector").orElseThrow().yearsOf("Horeca");
    }
}
