package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import} on files it must refuse before they cost memory or a screenful of errors:
 * a count too large for a table, bytes that are not UTF-8, and each of the limits; every refusal
 * names the file and the line, one line per problem, and changes nothing in the directory.
 */
class ImportLimitsTest {
    /** Small limits, so that each is reached by a small file: 1 MB, rows of 60 characters, 3 columns, 4 rows, 3 problems. */
    private static final ImportLimits SMALL = new ImportLimits(1024 * 1024, 60, 3, 4, 3);

    @TempDir
    Path temp;
    private Path dir;
    private String year;

    @BeforeEach
    void copy() throws IOException {
        dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        year = DataImportTest.nextYear(DataLoader.load(dir));
    }

    /** The import's message for a refused file, after checking the directory did not change. */
    private String refused(byte[] csv, ImportLimits limits) throws IOException {
        Path file = Files.write(temp.resolve("figures.csv"), csv);
        String before = DataVersion.of(dir, Instant.EPOCH).hash();
        ImportRequest request = new ImportRequest(file, dir, "agreements", "sector", DataImportTest.CITATION, "2024-11-05", false);
        String m = assertThrows(DataException.class, () -> DataImport.run(request, limits)).getMessage();
        assertEquals(before, DataVersion.of(dir, Instant.EPOCH).hash(), "the directory changed");
        assertTrue(m.lines().allMatch(l -> l.contains("figures.csv: ")), () -> "a line without the file: " + m);
        return m;
    }

    private String refused(String csv, ImportLimits limits) throws IOException {
        return refused(csv.getBytes(StandardCharsets.UTF_8), limits);
    }

    @Test
    void aCountTooLargeForATableIsNamedByLineAndLabel() throws IOException {
        String m = refused("sector;" + year + "\nHoreca;12\nBouw;" + (Integer.MAX_VALUE + 1L) + "\n", DataDirs.LIMITS);
        assertTrue(m.contains("line 3, 'Bouw': " + (Integer.MAX_VALUE + 1L) + " is too large"), m);
        assertEquals(2, m.lines().count(), m);
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndColumn() throws IOException {
        byte[] latin1 = ("sector;" + year + "\nHoreca;12\nBouw\u00e9;4\n").getBytes(StandardCharsets.ISO_8859_1);
        String m = refused(latin1, DataDirs.LIMITS);
        assertTrue(m.contains("line 3, column 5: not UTF-8 (byte E9)"), m);
    }

    @Test
    void aRowLongerThanTheLimitAndAQuoteNeverClosed() throws IOException {
        String m = refused("sector;" + year + "\nHoreca;12\n" + "B".repeat(SMALL.maxLineChars()) + ";4\n", SMALL);
        assertTrue(m.contains("line 3: a row longer than " + SMALL.maxLineChars() + " characters"), m);
        String quote = refused("sector;" + year + "\n\"Horeca;12\nBouw;4\nHandel;5\n" + "Zorg;1\n".repeat(20), SMALL);
        assertTrue(quote.contains("line 2: a row longer than") && quote.contains("never closed"), quote);
    }

    @Test
    void moreColumnsThanTheLimit() throws IOException {
        String m = refused("sector;" + year + "\nHoreca;12\nBouw;4;5;6;7;8\n", SMALL);
        assertTrue(m.contains("line 3: more than " + SMALL.maxColumns() + " columns"), m);
    }

    @Test
    void moreRowsThanTheLimit() throws IOException {
        List<String> sectors = DataLoader.load(dir).membersOf("sector");
        StringBuilder csv = new StringBuilder("sector;" + year + "\n");
        sectors.subList(0, SMALL.maxRows() + 1).forEach(s -> csv.append('"').append(s).append("\";1\n"));
        String m = refused(csv.toString(), SMALL);
        assertTrue(m.contains("line " + (SMALL.maxRows() + 2) + ": more than " + SMALL.maxRows() + " rows"), m);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] big = new byte[(int) SMALL.maxBytes() + 1];
        java.util.Arrays.fill(big, (byte) '\n');
        String m = refused(big, SMALL);
        assertTrue(m.contains("larger than 1 MB"), m);
    }

    @Test
    void theFirstProblemsAreNamedAndTheReadingStops() throws IOException {
        StringBuilder csv = new StringBuilder("sector;" + year + "\n");
        for (int i = 0; i < 50; i++) {
            csv.append("Ruimtevaart ").append(i).append(";1\n");
        }
        String m = refused(csv.toString(), new ImportLimits(SMALL.maxBytes(), SMALL.maxLineChars(), SMALL.maxColumns(), 100, SMALL.maxProblems()));
        List<String> lines = m.lines().toList();
        assertEquals(1 + SMALL.maxProblems() + 1, lines.size(), m); // the refusal, each problem, where it stopped
        assertTrue(lines.get(1).contains("line 2, 'Ruimtevaart 0'") && lines.get(SMALL.maxProblems()).contains("line " + (SMALL.maxProblems() + 1)), m);
        assertTrue(lines.get(lines.size() - 1).contains("stopped reading after the first " + SMALL.maxProblems() + " problems"), m);
    }
}
