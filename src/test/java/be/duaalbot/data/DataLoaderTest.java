package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader on the repository's data (what it must read exactly as the source writes it),
 * and on broken copies of it: every problem must stop the load with a message that names the
 * file, the place in it and the problem.
 */
class DataLoaderTest {
    private static final Path DATA_DIR = Path.of("config/data");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each of these files holds exactly one table, so its table is {@code tables[0]}. */
    private static final String AGREEMENTS_PER_SECTOR = "sv677-overeenkomsten-per-sector.json";
    private static final String RECOGNITIONS_PER_PROVINCE = "sv677-erkenningen-per-provincie.json";

    @TempDir
    Path temp;

    // ---------------------------------------------------------------- the repository's data

    /** However many tables and years the directory holds: every row has a value per year of its table. */
    @Test
    void loadsEveryTableWithAValuePerSchoolYear() {
        Dataset data = DataLoader.load(DATA_DIR);
        java.util.Set<String> union = new java.util.TreeSet<>();
        for (Table t : data.tables()) {
            assertFalse(t.schoolYears().isEmpty(), t.id());
            t.rows().forEach(r -> assertEquals(t.schoolYears().size(), r.values().size(), () -> t.id() + " row " + r.label()));
            union.addAll(t.schoolYears());
        }
        assertEquals(List.copyOf(union), data.schoolYears());
        assertEquals(data.schoolYears().get(data.schoolYears().size() - 1), data.latestYear());
        for (String measure : List.of("recognitions", "agreements")) {
            for (String breakdown : List.of("province", "sector")) {
                assertTrue(data.table(measure, breakdown).isPresent(), () -> "no table of " + measure + " per " + breakdown);
            }
        }
    }

    @Test
    void keepsRowLabelsExactlyAsTheSourceWritesThem() {
        Dataset data = DataLoader.load(DATA_DIR);
        for (String measure : List.of("recognitions", "agreements")) {
            Table provinces = data.table(measure, "province").orElseThrow();
            Table sectors = data.table(measure, "sector").orElseThrow();
            assertTrue(provinces.hasRow("Provincie Antwerpen"), () -> labels(provinces));
            assertTrue(provinces.hasRow("Totaal Vlaamse gemeenschap"), () -> labels(provinces));
            assertTrue(provinces.isTotal("Totaal Vlaamse gemeenschap"), "the total row of " + provinces.id());
            assertFalse(provinces.hasRow("Antwerpen"), "a label must not be shortened");
            assertTrue(sectors.hasRow("Haartooi - fitness - schoonheidszorgen"), () -> labels(sectors));
        }
        assertFalse(data.table("recognitions", "sector").orElseThrow().hasRow("Haartooi – fitness – schoonheidszorgen"),
                "the source writes plain hyphens, not en dashes");
        assertEquals("Provincie Antwerpen", data.table("recognitions", "province").orElseThrow().rows().stream()
                .filter(r -> r.label().contains("Antwerpen")).findFirst().orElseThrow().label());
    }

    @Test
    void textielverzorgingOnlyInTheRecognitionsPerSector() {
        Dataset data = DataLoader.load(DATA_DIR);
        Table agreements = data.table("agreements", "sector").orElseThrow();
        Table recognitions = data.table("recognitions", "sector").orElseThrow();
        assertFalse(agreements.hasRow("Textielverzorging"), () -> labels(agreements));
        assertTrue(recognitions.hasRow("Textielverzorging"), () -> labels(recognitions));
        assertTrue(agreements.value("Textielverzorging", "2022-2023").isEmpty(), "no cell for a missing row");
        assertTrue(recognitions.value("Textielverzorging", "2022-2023").isPresent());
    }

    /** A footnote for some years (the "incomplete" one) applies to those years of its table and no others. */
    @Test
    void aFootnoteForSomeYearsAppliesToThoseOnly() {
        Dataset data = DataLoader.load(DATA_DIR);
        int checked = 0;
        for (Table t : data.tables()) {
            for (Footnote f : t.footnotes().stream().filter(f -> !f.schoolYears().isEmpty()).toList()) {
                assertTrue(t.schoolYears().containsAll(f.schoolYears()), () -> t.id() + " " + f.id() + " names a year the table lacks");
                for (String year : t.schoolYears()) {
                    assertEquals(f.schoolYears().contains(year), t.footnotesFor(year).contains(f), () -> t.id() + " " + year);
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "no footnote for some years only");
    }

    @Test
    void sourceOfQuestion677() {
        Dataset data = DataLoader.load(DATA_DIR);
        Source s = data.sources().get("sv677");
        assertTrue(s != null, "no source sv677");
        assertEquals("677", s.number());
        assertEquals("2023-06-12", s.date());
        assertEquals("Allessia Claes", s.askedBy());
        assertTrue(data.tables().stream().anyMatch(t -> t.source().equals("sv677")), "no table of question 677");
        data.tables().forEach(t -> assertTrue(data.sources().containsKey(t.source()), t.id()));
    }

    // ---------------------------------------------------------------- broken copies

    @Test
    void negativeValue() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> values(root, 1).set(2, -5));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[1].values[2]", "negative");
        assertTrue(e.getMessage().contains("-5"), e.getMessage());
    }

    @Test
    void fractionalValue() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> values(root, 1).set(2, 12.5));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[1].values[2]", "not a whole number");
        assertTrue(e.getMessage().contains("12.5"), e.getMessage());
    }

    @Test
    void valueWrittenAsText() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> values(root, 1).set(2, "12"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[1].values[2]", "not a whole number");
    }

    @Test
    void valueTooLargeForACount() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> values(root, 1).set(2, 10_000_000_000L));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[1].values[2]", "not a whole number");
    }

    @Test
    void missingField() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> table(root).remove("measure"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].measure", "missing field");
    }

    @Test
    void rowWithOneValueTooFew() throws IOException {
        int years = JSON.readTree(DATA_DIR.resolve(AGREEMENTS_PER_SECTOR).toFile()).get("tables").get(0).get("schoolYears").size();
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> values(root, 1).remove(years - 1));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[1]", (years - 1) + " values for " + years + " school years");
    }

    @Test
    void duplicateRowLabel() throws IOException {
        String[] label = new String[1];
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> {
            ArrayNode rows = (ArrayNode) table(root).get("rows");
            label[0] = rows.get(1).get("label").asText();
            ((ObjectNode) rows.get(2)).put("label", label[0]);
        });
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, AGREEMENTS_PER_SECTOR, "tables[0].rows[2]", "duplicate label");
        assertTrue(e.getMessage().contains(label[0]), e.getMessage());
    }

    @Test
    void tableOfAnUnknownMeasure() throws IOException {
        Path dir = copyWith(AGREEMENTS_PER_SECTOR, root -> table(root).put("measure", "apprentices"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        String tableId = tableId(AGREEMENTS_PER_SECTOR);
        String m = e.getMessage();
        assertAll(
                () -> assertTrue(m.contains(AGREEMENTS_PER_SECTOR), () -> "does not name the file: " + m),
                () -> assertTrue(m.contains(tableId) || m.contains("tables[0]"), () -> "does not name the table: " + m),
                () -> assertTrue(m.contains("unknown measure"), () -> "does not name the problem: " + m),
                () -> assertTrue(m.contains("apprentices"), () -> "does not name the measure: " + m));
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws IOException {
        Path dir = copy();
        Path file = dir.resolve(RECOGNITIONS_PER_PROVINCE);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int broken = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"measure\"")) {
                broken = i;
                break;
            }
        }
        assertTrue(broken > 0, "the fixture must have a measure line to break");
        lines.set(broken, lines.get(broken).replace("\"measure\":", "\"measure\" "));
        Files.write(file, lines, StandardCharsets.UTF_8);

        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        String m = e.getMessage();
        assertTrue(m.contains(RECOGNITIONS_PER_PROVINCE), m);
        assertTrue(m.contains("not valid JSON"), m);
        Matcher at = Pattern.compile("line (\\d+), column (\\d+)").matcher(m);
        assertTrue(at.find(), () -> "no line and column: " + m);
        assertEquals(broken + 1, Integer.parseInt(at.group(1)), () -> "wrong line: " + m);
        assertTrue(Integer.parseInt(at.group(2)) > 0, m);
    }

    /** Junk after the document (a stray bracket, a second object pasted below) is refused by data check, naming file and place. */
    @Test
    void somethingAfterTheJsonDocumentIsRefused() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("sources.json"), "]] garbage\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve(AGREEMENTS_PER_SECTOR), "{\"tables\": []}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        List<String> problems = DataCheck.problems(dir);
        assertEquals(2, problems.size(), problems::toString);
        for (String file : List.of(AGREEMENTS_PER_SECTOR, "sources.json")) {
            String m = problems.stream().filter(p -> p.contains(file)).findFirst().orElseThrow(() -> new AssertionError(file + " not named: " + problems));
            int lastLine = (int) Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).size();
            assertTrue(m.contains("line " + lastLine + ", column 1"), () -> "not the place of the junk: " + m);
            assertTrue(m.contains("after the end of the JSON document"), m);
        }
        assertThrows(DataException.class, () -> DataLoader.load(dir), "serve and reload would take it too");
    }

    /** A broken file's message is one line of file, place and problem: nothing of the parser's own configuration. */
    @Test
    void anUnclosedListIsNamedWithoutTheParsersInternals() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("broken.json"), "{\n  \"tables\": [\n", StandardCharsets.UTF_8);
        String m = assertThrows(DataException.class, () -> DataLoader.load(dir)).getMessage();
        assertTrue(m.contains("broken.json: line 3, column 1: not valid JSON"), m);
        assertTrue(m.contains("line 2, column 13"), () -> "where the list opened: " + m);
        for (String internal : List.of("Source", "REDACTED", "StreamReadFeature", "`", "\n")) {
            assertFalse(m.contains(internal), () -> internal + " in: " + m);
        }
    }

    @Test
    void unknownTopLevelSection() throws IOException {
        Path dir = copyWith(RECOGNITIONS_PER_PROVINCE, root -> root.putArray("figures"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, RECOGNITIONS_PER_PROVINCE, "figures", "unknown section");
    }

    @Test
    void unknownGrammarRoleInALexicon() throws IOException {
        Path dir = copyWith("lexicon-nl.json", root -> ((ObjectNode) root.get("words")).putArray("toppen").add("bovenaan"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, "lexicon-nl.json", "toppen", "unknown role");
    }

    @Test
    void unknownIntentInATopic() throws IOException {
        Path dir = copyWith("topics.json", root -> ((ObjectNode) root.get("topics").get(0)).putArray("explains").add("RISERZ"));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertNames(e, "topics.json", "topics[0]", "unknown intent 'RISERZ'");
    }

    @Test
    void aNameOutsideTheDataBecomesANameWhenAnotherFileBringsIt() throws IOException {
        Path dir = copy();
        String outside = JSON.readTree(dir.resolve("lexicon-nl.json").toFile()).get("outsideData").elements().next().get(0).asText();
        Files.writeString(dir.resolve("lexicon-extra-nl.json"),
                "{\"language\": \"nl\", \"members\": {\"Horeca\": [\"" + outside + "\"]}}", StandardCharsets.UTF_8);
        Dataset data = DataLoader.load(dir);
        Lexicon nl = data.lexicons().get(Language.NL);
        assertTrue(nl.members().get("Horeca").contains(outside), "the new file's name is read");
        assertTrue(nl.outsideData().values().stream().noneMatch(list -> list.contains(outside)), "and is no longer outside the data");
    }

    @Test
    void missingDataDirectory() {
        Path missing = temp.resolve("no-such-data");
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such data directory"), e.getMessage());
    }

    @Test
    void untouchedCopyLoads() throws IOException {
        Dataset copy = DataLoader.load(copy());
        Dataset original = DataLoader.load(DATA_DIR);
        assertEquals(original.tables(), copy.tables(), "the copy helper must not change the data");
    }

    // ---------------------------------------------------------------- helpers

    /** The message names the file, the place in it and the problem: all three, each reported. */
    private static void assertNames(DataException e, String file, String place, String problem) {
        String m = e.getMessage();
        assertAll(
                () -> assertTrue(m.contains(file), () -> "does not name the file " + file + ": " + m),
                () -> assertTrue(m.contains(place), () -> "does not name the place " + place + ": " + m),
                () -> assertTrue(m.contains(problem), () -> "does not name the problem '" + problem + "': " + m));
    }

    private static String labels(Table t) {
        return t.id() + ": " + t.rows().stream().map(Row::label).toList();
    }

    private static ObjectNode table(ObjectNode root) {
        return (ObjectNode) root.get("tables").get(0);
    }

    private static ArrayNode values(ObjectNode root, int row) {
        return (ArrayNode) table(root).get("rows").get(row).get("values");
    }

    private static String tableId(String file) throws IOException {
        return JSON.readTree(DATA_DIR.resolve(file).toFile()).get("tables").get(0).get("id").asText();
    }

    /** A copy of config/data in the temporary directory. */
    private Path copy() throws IOException {
        return DataDirs.copy(DATA_DIR, temp.resolve("data"));
    }

    /** A copy of config/data with one file read, changed and written back. */
    private Path copyWith(String file, Consumer<ObjectNode> change) throws IOException {
        Path dir = copy();
        Path target = dir.resolve(file);
        ObjectNode root = (ObjectNode) JSON.readTree(target.toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), root);
        return dir;
    }
}
