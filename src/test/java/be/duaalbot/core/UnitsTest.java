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
import be.duaalbot.data.ImportRequest;
import be.duaalbot.data.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures with a unit (issue 25): a table of pupils is answered in pupils, and measures are added up
 * or set against each other only as the data declares (never pupils and companies), on copies of the
 * loaded data with fixtures added.
 */
class UnitsTest {
    private static final String PUPILS = "Fictieve leerlingentelling 903";

    @TempDir
    Path temp;

    private Path copy() throws IOException {
        return DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
    }

    private static String newest(List<String> years) {
        return years.get(years.size() - 1);
    }

    /** The fictitious pupils-per-province fixture, imported as a CSV: answered in pupils, never added to or set against companies. */
    @Test
    void aTableOfPupilsIsAnsweredInPupilsAndNeverCombinedWithCompanies() throws IOException {
        Path dir = copy();
        assumeTrue(DataLoader.load(dir).tablesOf("students").isEmpty(), "no table of students is loaded yet");
        var fixture = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("src/test/resources/fixtures/students-per-province.json").toFile()).get("tables").get(0);
        List<String> years = new java.util.ArrayList<>();
        fixture.get("schoolYears").forEach(y -> years.add(y.asText()));
        List<String> lines = new java.util.ArrayList<>();
        fixture.get("rows").forEach(r -> {
            List<String> values = new java.util.ArrayList<>();
            r.get("values").forEach(v -> values.add(v.asText()));
            lines.add(r.get("label").asText() + ";" + String.join(";", values));
        });
        DataImport.run(new ImportRequest(csv("provincie;" + String.join(";", years), lines), dir, "students", "province",
                PUPILS, "2099-03-01", false), be.duaalbot.data.DataDirs.LIMITS);
        Dataset data = DataLoader.load(dir);
        DuaalBot bot = new DuaalBot(data, Bots.CLOCK);
        String year = years.get(years.size() - 1);
        String pupils = data.measures().get("students").unit().in(Language.NL);
        String companies = data.measures().get("recognitions").unit().in(Language.NL);
        int limburg = data.table("students", "province").orElseThrow().value("Provincie Limburg", year).getAsInt();

        Answer one = bot.answer("hoeveel leerlingen in Limburg in " + year);
        assertEquals(List.of(new Figure("students", "province", "Provincie Limburg", year, limburg)), one.figures(), one::text);
        assertTrue(String.join(" ", one.body()).contains(pupils) && !String.join(" ", one.body()).contains(companies), one::text);
        Answer ranking = bot.answer("top 3 provincies leerlingen " + year);
        assertEquals(Status.ANSWERED, ranking.status(), ranking::text);
        assertFalse(String.join(" ", ranking.body()).contains(companies), ranking::text);

        int recognised = data.table("recognitions", "province").orElseThrow().value("Provincie Limburg", year).getAsInt();
        for (String q : List.of("leerlingen plus erkenningen in Limburg " + year, "vergelijk leerlingen en erkenningen in Limburg " + year)) {
            Answer a = bot.answer(q);
            String text = String.join(" ", a.body()).replaceAll("(\\d)\\.(\\d{3})", "$1$2");
            assertFalse(text.contains(String.valueOf(limburg + recognised)) || text.contains(String.valueOf(Math.abs(recognised - limburg))),
                    () -> "pupils and companies combined: " + a.text());
            assertTrue(a.body().stream().anyMatch(l -> l.contains(pupils) && l.contains(companies)), () -> "refused, saying why: " + a.text());
        }
    }

    /**
     * Measures the data declares summable (a fictitious "coaches" beside the mentors fixture, same unit)
     * are added up for one member; measures of different units are not, and the reply says why.
     */
    @Test
    void measuresAreAddedUpOnlyWhenTheDataSaysTheyMayBe() throws IOException {
        Path dir = DataDirs.copy(Path.of("src/test/resources/fixtures/mentors"), copy());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var mentors = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve("mentors.json").toFile());
        var coach = mentors.get("measures").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) coach).put("id", "coaches").putArray("summableWith").add("mentors");
        var table = (com.fasterxml.jackson.databind.node.ObjectNode) mentors.get("tables").get(0).deepCopy();
        table.put("id", "fictitious-coaches-per-province").put("measure", "coaches");
        var coaches = json.createObjectNode();
        coaches.putArray("measures").add(coach);
        coaches.putArray("tables").add(table);
        json.writeValue(dir.resolve("coaches.json").toFile(), coaches);
        Dataset data = DataLoader.load(dir);
        String member = "Provincie Antwerpen";
        String year = newest(data.table("mentors", "province").orElseThrow().yearsOf(member));
        int sum = data.table("mentors", "province").orElseThrow().value(member, year).getAsInt()
                + data.table("coaches", "province").orElseThrow().value(member, year).getAsInt();
        assertTrue(sumOf(data, List.of("mentors", "coaches"), member, year).replaceAll("(\\d)\\.(\\d{3})", "$1$2").contains("= " + sum));
        String refused = sumOf(data, List.of("mentors", "recognitions"), member, year);
        assertFalse(refused.contains(" = "), refused);
        assertTrue(refused.contains(data.measures().get("mentors").unit().nl()) && refused.contains(data.measures().get("recognitions").unit().nl()), refused);
    }

    /** The body of a sum of measures for one member and year, as the engine and composer give it. */
    private static String sumOf(Dataset data, List<String> measures, String member, String year) {
        var query = new be.duaalbot.query.Query.Lookup(measures, List.of(member), List.of(year), be.duaalbot.query.Query.Combine.SUM,
                List.of(List.of(member)), List.of());
        var result = new be.duaalbot.query.QueryEngine(data).run(query);
        var reading = new be.duaalbot.query.Reading(query, Language.NL, List.of(), null);
        return String.join("\n", new be.duaalbot.answer.AnswerComposer(data).compose("", reading, result).body());
    }

    private Path csv(String header, List<String> lines) throws IOException {
        Path file = temp.resolve("pupils.csv");
        Files.writeString(file, "\uFEFF" + header + "\n" + String.join("\n", lines) + "\n");
        return file;
    }
}
