package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.DataVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, finding 3: {@code data import} in a JVM of 64 MB of heap, on files that once cost an
 * OutOfMemoryError, a stack trace or gigabytes of errors. Each is refused with exit status 1, one
 * line per problem naming file and line, a bounded output, and the directory unchanged; a file of
 * 200 MB within raised limits is read as it streams. The big files are written here, streamed.
 */
class ImportBoundsIT {
    private static final long MB = 1024 * 1024;
    /** Enough of the output to judge it; the rest is only counted, so a flood cannot fill this JVM. */
    private static final int KEPT = 64 * 1024;

    @TempDir
    Path temp;
    private Path dir;
    private String year;

    /** What the process wrote (standard output and error together, the first KEPT bytes) and how much in all. */
    private record Run(int code, String output, long bytes) {
    }

    @BeforeEach
    void copy() throws IOException {
        dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        int start = Integer.parseInt(DataLoader.load(dir).latestYear().substring(0, 4)) + 1;
        year = start + "-" + (start + 1);
    }

    private Run importAt64m(Path csv, Map<String, String> env, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-jar", "target/duaalbot.jar", "data", "import", csv.toString(), "--into", dir.toString(),
                "--measure", "agreements", "--breakdown", "sector", "--source", "Fictieve vraag 999"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        byte[] kept = new byte[KEPT];
        int n = 0;
        long total = 0;
        try (InputStream out = p.getInputStream()) {
            byte[] buf = new byte[8192];
            for (int r = out.read(buf); r >= 0; r = out.read(buf)) {
                int keep = Math.min(r, KEPT - n);
                System.arraycopy(buf, 0, kept, n, keep);
                n += keep;
                total += r;
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running");
        return new Run(p.exitValue(), new String(kept, 0, n, StandardCharsets.UTF_8), total);
    }

    /** Exit 1, no error of the JVM, each line naming the file, at most {@code lines} lines, nothing changed. */
    private void assertRefused(Run run, String csv, int lines, String before) {
        assertEquals(1, run.code(), run.output());
        assertFalse(run.output().contains("OutOfMemoryError") || run.output().contains("Exception") || run.output().contains("\tat "),
                run.output());
        assertTrue(run.output().lines().allMatch(l -> l.contains(csv + ": ")), () -> "a line without the file: " + run.output());
        assertTrue(run.output().lines().count() <= lines && run.bytes() < 16 * 1024, () -> run.bytes() + " bytes: " + run.output());
        assertEquals(before, DataVersion.of(dir, Instant.EPOCH).hash(), "the directory changed");
    }

    private String version() {
        return DataVersion.of(dir, Instant.EPOCH).hash();
    }

    @Test
    void aLineOfAMillionColumns() throws Exception {
        Path csv = temp.resolve("columns.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("sector;" + year + "\nHoreca");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(";1");
            }
            w.write("\n");
        }
        String before = version();
        Run run = importAt64m(csv, Map.of());
        assertRefused(run, "columns.csv", 2, before);
        assertTrue(run.output().contains("columns.csv: line 2: more than"), run.output());
    }

    /** 200 MB of labels no sector has: refused by its size at once; with the size and rows allowed, after the first problems. */
    @Test
    void twoHundredMegabytesOfUnknownLabels() throws Exception {
        Path csv = temp.resolve("unknown.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("sector;" + year + "\n");
            long written = 0;
            for (long i = 0; written < 200 * MB; i++) {
                String line = "Onbekende sector " + i + ";" + i % 1000 + "\n";
                w.write(line);
                written += line.length();
            }
        }
        String before = version();
        Run bySize = importAt64m(csv, Map.of());
        assertRefused(bySize, "unknown.csv", 2, before);
        assertTrue(bySize.output().contains("larger than " + DataDirs.LIMITS.maxBytes() / MB + " MB"), bySize.output());
        Run byProblems = importAt64m(csv, Map.of("DUAALBOT_IMPORT_MAX_MB", "1000", "DUAALBOT_IMPORT_MAX_ROWS", "100000000"));
        int problems = DataDirs.LIMITS.maxProblems();
        assertRefused(byProblems, "unknown.csv", problems + 2, before);
        List<String> lines = byProblems.output().lines().toList();
        assertTrue(lines.get(1).contains("line 2, 'Onbekende sector 0'") && lines.get(problems + 1).contains("stopped reading"), byProblems.output());
    }

    /** A file of 200 MB (blank lines after the figures) read whole in 64 MB: it streams. */
    @Test
    void twoHundredMegabytesWithinRaisedLimitsStream() throws Exception {
        Path csv = temp.resolve("blank.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("sector;" + year + "\nHoreca;4321\n");
            String blank = "\n".repeat(1024 * 1024);
            for (int i = 0; i < 200; i++) {
                w.write(blank);
            }
        }
        Run run = importAt64m(csv, Map.of("DUAALBOT_IMPORT_MAX_MB", "1000"));
        assertEquals(0, run.code(), run.output());
        assertEquals(4321, DataLoader.load(dir).table("agreements", "sector").orElseThrow().value("Horeca", year).getAsInt());
    }

    /** The largest file the default limits allow (every row, column and character, new members) imports in 64 MB. */
    @Test
    void theLargestFileTheDefaultsAllow() throws Exception {
        var limits = DataDirs.LIMITS;
        Path csv = temp.resolve("largest.csv");
        int first = Integer.parseInt(year.substring(0, 4));
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            StringBuilder header = new StringBuilder("sector");
            for (int y = first; y < first + limits.maxColumns() - 1; y++) {
                header.append(';').append(y).append('-').append(y + 1);
            }
            w.write(header + "\n");
            String values = (";" + Integer.MAX_VALUE).repeat(limits.maxColumns() - 1);
            for (int i = 0; i < limits.maxRows(); i++) {
                String label = ("Nieuwe sector " + i + " ").repeat(limits.maxLineChars());
                w.write(label.substring(0, limits.maxLineChars() - values.length()) + values + "\n");
            }
        }
        Run run = importAt64m(csv, Map.of(), "--new-members");
        assertEquals(0, run.code(), run.output());
        assertEquals(limits.maxRows() + DataLoader.load(DataDirs.CONFIG).membersOf("sector").size(),
                DataLoader.load(dir).membersOf("sector").size());
    }

    /** A count of 2^31 and a byte that is not UTF-8: one line each naming the line, no stack trace. */
    @Test
    void aCountTooLargeAndBytesNotUtf8() throws Exception {
        String before = version();
        Path large = Files.writeString(temp.resolve("large.csv"), "sector;" + year + "\nHoreca;" + (1L << 31) + "\n");
        Run tooLarge = importAt64m(large, Map.of());
        assertRefused(tooLarge, "large.csv", 2, before);
        assertTrue(tooLarge.output().contains("large.csv: line 2, 'Horeca': " + (1L << 31) + " is too large"), tooLarge.output());
        List<byte[]> parts = new ArrayList<>(List.of(("sector;" + year + "\nHoreca;1\n").getBytes(StandardCharsets.UTF_8),
                new byte[] {'B', 'o', 'u', 'w', (byte) 0xC3, '(', ';', '2', '\n'}));
        Path latin = temp.resolve("latin.csv");
        for (byte[] part : parts) {
            Files.write(latin, part, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        Run notUtf8 = importAt64m(latin, Map.of());
        assertRefused(notUtf8, "latin.csv", 2, before);
        assertTrue(notUtf8.output().contains("latin.csv: line 3, column 5: not UTF-8"), notUtf8.output());
    }
}
