package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import} into a copy of the repository's data: a spreadsheet's CSV becomes a table
 * cited by its own source; every refusal names file, line and label and changes nothing.
 */
public class DataImportTest {
    static final String CITATION = "Schriftelijke vraag nr. 999 van 5 november 2024 (fictief)";

    @TempDir
    Path temp;

    /** The newest year after the data's, its header written as a spreadsheet might ("2023/24"). */
    static String nextYear(Dataset data) {
        int start = Integer.parseInt(data.latestYear().substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    /** Agreements per sector for the year after the data's: each sector's newest value plus 25, some labels as the lexicon spells them. */
    static Path sectorCsv(Path dir, Dataset data, String year) throws IOException {
        Table t = data.table("agreements", "sector").orElseThrow();
        StringBuilder csv = new StringBuilder("\uFEFFSector;" + year.substring(0, 5) + year.substring(7) + "\n");
        for (Row r : t.rows()) {
            String label = r.label().equals("Horeca") ? "horeca" : r.label();
            List<Integer> values = r.values().stream().filter(java.util.Objects::nonNull).toList(); // its own newest figure
            csv.append('"').append(label).append("\";").append(values.get(values.size() - 1) + 25).append('\n');
        }
        Path file = dir.resolve("sector.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Path copy() throws IOException {
        return DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
    }

    private static ImportRequest request(Path csv, Path dir, boolean newMembers) {
        return new ImportRequest(csv, dir, "agreements", "sector", CITATION, "2024-11-05", newMembers);
    }

    @Test
    void aSpreadsheetCsvBecomesATableCitedByItsSource() throws IOException {
        Path dir = copy();
        Dataset before = DataLoader.load(dir);
        String year = nextYear(before);
        List<String> written = DataImport.run(request(sectorCsv(temp, before, year), dir, false), DataDirs.LIMITS);
        assertEquals(1, written.size(), written::toString);
        Dataset after = DataLoader.load(dir);
        Table t = after.table("agreements", "sector").orElseThrow();
        List<String> horecaYears = before.table("agreements", "sector").orElseThrow().yearsOf("Horeca");
        int horeca = before.table("agreements", "sector").orElseThrow().value("Horeca", horecaYears.get(horecaYears.size() - 1)).getAsInt() + 25;
        assertEquals(horeca, t.value("Horeca", year).getAsInt());
        Source s = after.sources().get(t.origin("Horeca", year).source());
        assertEquals(CITATION, s.citation());
        assertEquals("2024-11-05", s.date());
        Table old = before.table("agreements", "sector").orElseThrow();
        String last = horecaYears.get(horecaYears.size() - 1);
        assertEquals(old.origin("Horeca", last).source(), t.origin("Horeca", last).source());
        assertEquals(year, after.latestYear());
    }

    @Test
    void anUnknownLabelAndANegativeValueAreRefusedByNameAndNothingChanges() throws IOException {
        Path dir = copy();
        Map<String, String> before = contents(dir);
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "label,23-24\nHoreca,12\nRuimtevaart,3\nBouw,-4\nHoreca,5\nTextiel,1.5\n");
        DataException e = assertThrows(DataException.class, () -> DataImport.run(request(csv, dir, false), DataDirs.LIMITS));
        String m = e.getMessage();
        for (String named : List.of("bad.csv: line 3, 'Ruimtevaart'", "bad.csv: line 4, 'Bouw': -4 is negative",
                "line 5, 'Horeca': a second row", "line 6, 'Textiel': '1.5' is not a whole number")) {
            assertTrue(m.contains(named), () -> named + " not in: " + m);
        }
        assertEquals(before, contents(dir), "the directory changed");
        try (Stream<Path> left = Files.list(temp)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".duaalbot-import")), "a temporary directory was left");
        }
    }

    @Test
    void aYearTwiceInTheHeaderAndAYearTheSourceGaveBeforeAreRefused() throws IOException {
        Path dir = copy();
        Dataset data = DataLoader.load(dir);
        Path twice = temp.resolve("twice.csv");
        Files.writeString(twice, "label,2023-2024,2023/24\nHoreca,1,2\n");
        DataException e = assertThrows(DataException.class, () -> DataImport.run(request(twice, dir, false), DataDirs.LIMITS));
        assertTrue(e.getMessage().contains("twice.csv: line 1, column 3") && e.getMessage().contains("twice"), e.getMessage());
        Path csv = sectorCsv(temp, data, nextYear(data));
        DataImport.run(request(csv, dir, false), DataDirs.LIMITS);
        Map<String, String> before = contents(dir);
        DataException again = assertThrows(DataException.class, () -> DataImport.run(request(csv, dir, false), DataDirs.LIMITS));
        assertTrue(again.getMessage().contains("already given by this source"), again.getMessage());
        assertEquals(before, contents(dir));
    }

    @Test
    void aNewMemberNeedsTheFlagAndThenGetsLexiconEntries() throws IOException {
        Path dir = copy();
        Path csv = temp.resolve("new.csv");
        Files.writeString(csv, "label,2031-2032\nHoreca,12\nRuimtevaart,3\n");
        assertThrows(DataException.class, () -> DataImport.run(request(csv, dir, false), DataDirs.LIMITS));
        List<String> written = DataImport.run(request(csv, dir, true), DataDirs.LIMITS);
        assertTrue(written.contains("lexicon-new-members-nl.json") && written.contains("lexicon-new-members-en.json"), written::toString);
        Dataset data = DataLoader.load(dir);
        assertEquals(3, data.table("agreements", "sector").orElseThrow().value("Ruimtevaart", "2031-2032").getAsInt());
        assertTrue(data.lexicons().get(Language.NL).members().containsKey("Ruimtevaart"));
    }

    /** A member and a spelling the lexicon has for it that is not its name written otherwise ("bakkerijen" for a food sector). */
    public static String[] lexiconSpelling(Dataset data) {
        for (Lexicon lexicon : data.lexicons().values()) {
            for (var e : lexicon.members().entrySet()) {
                if (data.table("agreements", "sector").orElseThrow().hasRow(e.getKey())) {
                    for (String spelling : e.getValue()) {
                        if (!spelling.equalsIgnoreCase(e.getKey()) && spelling.matches("[\\p{L} ]+")) {
                            return new String[] {e.getKey(), spelling};
                        }
                    }
                }
            }
        }
        throw new AssertionError("no lexicon spelling of a sector");
    }

    @Test
    void aLabelReadThroughTheLexiconNeedsAcceptingAndEveryInexactLabelIsListed() throws IOException {
        Path dir = copy();
        Dataset data = DataLoader.load(dir);
        String[] mapped = lexiconSpelling(data);
        String year = nextYear(data);
        Path csv = temp.resolve("mapped.csv");
        Files.writeString(csv, "sector;" + year + "\nhoreca;5\n" + mapped[1] + ";12\n");
        Map<String, String> before = contents(dir);
        MappedLabels refused = assertThrows(MappedLabels.class, () -> DataImport.run(request(csv, dir, false), DataDirs.LIMITS));
        assertTrue(refused.getMessage().contains("'" + mapped[1] + "'") && refused.getMessage().contains(mapped[0]), refused.getMessage());
        assertEquals(List.of(mapped[1]), refused.mappings().stream().map(LabelMapping::label).toList(), "only the lexicon's mapping needs accepting");
        assertEquals(before, contents(dir), "nothing written");
        DataImport.Imported done = DataImport.importFile(request(csv, dir, false).accepted(), DataDirs.LIMITS);
        assertEquals(List.of("horeca", mapped[1]), done.mappings().stream().map(LabelMapping::label).toList(), "every inexact label is listed");
        assertEquals(12, DataLoader.load(dir).table("agreements", "sector").orElseThrow().value(mapped[0], year).getAsInt());
    }

    @Test
    void schoolYearHeadersAsSpreadsheetsWriteThem() {
        assertEquals("2023-2024", CsvTable.schoolYear("2023-2024"));
        assertEquals("2023-2024", CsvTable.schoolYear("2023/24"));
        assertEquals("2023-2024", CsvTable.schoolYear("23-24"));
        assertEquals(null, CsvTable.schoolYear("2023-2025"));
        assertEquals(null, CsvTable.schoolYear("Totaal"));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : new ArrayList<>(files.toList())) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }
}
