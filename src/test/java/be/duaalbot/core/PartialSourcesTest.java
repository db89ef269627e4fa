package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataImport;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Footnote;
import be.duaalbot.data.ImportRequest;
import be.duaalbot.data.Row;
import be.duaalbot.data.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sources are partial and revised (issue 25), imported as an admin would: a next year for one
 * table and only some of its rows; final figures of the year the data marks as not final, for one
 * table only; a table of another unit (pupils). Each is built on a copy of the loaded data, so the
 * expectations come from that data, whatever it holds. Units: {@link UnitsTest}.
 */
class PartialSourcesTest {
    private static final String ONE_TABLE = "Fictieve vraag 901 (een tabel, drie rijen)";
    private static final String FINAL = "Fictieve vraag 902 (definitieve cijfers)";
    private static final int ROWS = 3;

    @TempDir
    Path temp;

    private Path copy() throws IOException {
        return DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
    }

    private Path csv(String name, String header, List<String> lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, "\uFEFF" + header + "\n" + String.join("\n", lines) + "\n");
        return file;
    }

    private static String newest(List<String> years) {
        return years.get(years.size() - 1);
    }

    private static int last(Row row) {
        List<Integer> values = row.values().stream().filter(Objects::nonNull).toList();
        return values.get(values.size() - 1);
    }

    /** Agreements per sector get the year after their newest, for three rows only; nothing else changes. */
    private Dataset oneTable() throws IOException {
        Path dir = copy();
        Table sectors = DataLoader.load(dir).table("agreements", "sector").orElseThrow();
        String next = Bots.after(newest(sectors.schoolYears()), 1);
        List<String> lines = sectors.memberRows().stream().limit(ROWS).map(r -> r.label() + ";" + (last(r) + 7)).toList();
        DataImport.run(new ImportRequest(csv("one.csv", "sector;" + next, lines), dir, "agreements", "sector", ONE_TABLE, "2099-01-01", false), be.duaalbot.data.DataDirs.LIMITS);
        return DataLoader.load(dir);
    }

    @Test
    void aYearForOneTableLeavesTheOtherTablesDefaultsAlone() throws IOException {
        Dataset data = oneTable();
        DuaalBot bot = new DuaalBot(data, Bots.CLOCK);
        String provinces = newest(data.table("agreements", "province").orElseThrow().schoolYears());
        assumeTrue(!provinces.equals(data.latestYear()), "the new year is one the province table lacks");
        Answer top = bot.answer("top 1 provincies overeenkomsten");
        assertEquals(Status.ANSWERED, top.status(), top::text);
        assertTrue(top.figures().stream().allMatch(f -> f.schoolYear().equals(provinces)), top::text);
        assertTrue(top.readAs().contains(provinces) && !top.readAs().contains(data.latestYear()), top::text);
        Answer limburg = bot.answer("erkenningen limburg");
        List<String> own = data.tableWith("recognitions", "Provincie Limburg").orElseThrow().yearsOf("Provincie Limburg");
        assertEquals(own, limburg.figures().stream().map(Figure::schoolYear).toList(), limburg::text);
        assertFalse(limburg.text().contains(data.latestYear()), () -> "no word of a year its table lacks: " + limburg.text());
        Answer none = bot.answer("limburg ovk " + data.latestYear());
        assertEquals(Status.NO_DATA, none.status(), none::text);
        String offer = none.body().get(none.body().size() - 1);
        assertTrue(offer.contains(provinces) && !offer.contains(data.latestYear()), () -> "what it has is the province table's: " + offer);
    }

    @Test
    void aRankingOfAYearWithSomeRowsSaysHowManyHaveFigures() throws IOException {
        Dataset data = oneTable();
        Table sectors = data.table("agreements", "sector").orElseThrow();
        String year = data.latestYear();
        int all = sectors.memberRows().size();
        Answer a = new DuaalBot(data, Bots.CLOCK).answer("top 5 sectoren overeenkomsten " + year);
        assertEquals(ROWS, a.figures().size(), a::text);
        assertTrue(a.text().contains(ROWS + " van de " + all), () -> "how many of the sectors have a figure: " + a.text());
        assertTrue(a.text().contains(String.valueOf(all - ROWS)), () -> "the others counted: " + a.text());
    }

    @Test
    void aSumNeverSkipsARowWithoutAFigureSilently() throws IOException {
        Dataset data = oneTable();
        Table sectors = data.table("agreements", "sector").orElseThrow();
        String year = data.latestYear();
        String with = sectors.memberRows().get(0).label();
        String other = sectors.memberRows().get(1).label();
        String without = sectors.membersWithout(year).get(0);
        Answer a = new DuaalBot(data, Bots.CLOCK).answer(with + " + " + other + " + " + without + " overeenkomsten " + year + " samen");
        int sum = sectors.value(with, year).getAsInt() + sectors.value(other, year).getAsInt();
        assertTrue(a.text().replaceAll("(\\d)\\.(\\d{3})", "$1$2").contains(String.valueOf(sum)), a::text);
        assertTrue(a.body().stream().anyMatch(l -> l.contains(without)), () -> "the sum says it lacks " + without + ": " + a.text());
    }

    @Test
    void aQuestionOverTablesOfDifferentYearsSaysEachOnesYears() throws IOException {
        Dataset data = oneTable();
        String member = data.table("agreements", "sector").orElseThrow().memberRows().get(0).label(); // a row of the new year
        Answer a = new DuaalBot(data, Bots.CLOCK).answer(member);
        String recognitions = newest(data.table("recognitions", "sector").orElseThrow().yearsOf(member));
        String agreements = newest(data.table("agreements", "sector").orElseThrow().yearsOf(member));
        assumeTrue(!recognitions.equals(agreements), "the new year is one the recognitions lack");
        assertTrue(a.readAs().contains(recognitions) && a.readAs().contains(agreements), a::text);
    }

    /** The year the data marks as not final (its year-scoped footnote), given final by a newer source for agreements per sector. */
    @Test
    void finalFiguresForOneTableAreSaidWithBothValuesAndTheOtherTableStaysMarked() throws IOException {
        Path dir = copy();
        Dataset before = DataLoader.load(dir);
        Table sectors = before.table("agreements", "sector").orElseThrow();
        String year = sectors.footnotes().stream().filter(f -> !f.schoolYears().isEmpty()).map(f -> f.schoolYears().get(0))
                .findFirst().orElse(null);
        assumeTrue(year != null && before.table("recognitions", "sector").orElseThrow().footnotesFor("Horeca", year).stream()
                .anyMatch(f -> !f.schoolYears().isEmpty()), "the data marks a year as not final in both sector tables");
        List<String> lines = sectors.memberRows().stream().filter(r -> sectors.value(r.label(), year).isPresent())
                .map(r -> r.label() + ";" + (sectors.value(r.label(), year).getAsInt() + 2)).toList();
        DataImport.run(new ImportRequest(csv("final.csv", "sector;" + year, lines), dir, "agreements", "sector", FINAL, "2099-02-01", false), be.duaalbot.data.DataDirs.LIMITS);
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), Bots.CLOCK);
        int was = sectors.value("Horeca", year).getAsInt();
        Answer a = bot.answer("horeca overeenkomsten " + year);
        assertEquals(was + 2, a.figures().get(0).value(), a::text);
        assertTrue(a.footnotes().stream().anyMatch(f -> f.contains(String.valueOf(was))), () -> "what the older source said: " + a.text());
        String older = before.sources().get(sectors.origin("Horeca", year).source()).number();
        assertTrue(a.source().contains(FINAL) && a.source().contains(older), a::text);
        assertFalse(marked(a, year), () -> "final figures are not marked as not final: " + a.text());
        Answer recognitions = bot.answer("horeca erkenningen " + year);
        assertTrue(marked(recognitions, year), () -> "the other table is still marked: " + recognitions.text());
        assertFalse(bot.answer("evolutie overeenkomsten horeca").chart().orElseThrow().incomplete().contains(year));
        assertTrue(bot.answer("evolutie erkenningen horeca").chart().orElseThrow().incomplete().contains(year));
    }

    /** True when a footnote that names the year (as a year-scoped footnote line does) is among the answer's. */
    private static boolean marked(Answer a, String year) {
        return a.footnotes().stream().anyMatch(f -> f.contains(year + ":"));
    }

    @Test
    void anUnchangedFootnoteStillMarksItsYear() {
        // the marker follows the data: every year-scoped footnote of a cell shows in the answer of that cell
        for (Table t : Bots.DATA.tables()) {
            for (Footnote f : t.footnotes().stream().filter(f -> !f.schoolYears().isEmpty()).toList()) {
                String year = f.schoolYears().get(0);
                String member = t.memberRows().stream().map(Row::label).filter(l -> t.footnotesFor(l, year).contains(f)).findFirst().orElse(null);
                if (member == null) {
                    continue;
                }
                Answer a = Bots.BOT.answer(member + " " + Bots.DATA.measures().get(t.measure()).name().nl() + " " + year);
                assertTrue(marked(a, year), () -> t.id() + " " + member + " " + year + ": " + a.text());
            }
        }
    }

}
