package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line: exit codes for bad input, and the JSON lines of {@code ask --json}. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The directory {@code ask} reads, as {@code DuaalBot.fromEnvironment()} chooses it. */
    private static Dataset data() {
        return DataLoader.load(be.duaalbot.core.SettingsLoader.fromEnvironment().dataDir());
    }

    /** What a run prints on standard output (and its exit code), with standard error kept out of the way. */
    private record Run(int code, String out, String err) {
        /** The lines of standard output, each ended by a line break; text after the last break is not a line. */
        List<String> lines() {
            String[] parts = out.split("\\R", -1);
            return Arrays.asList(parts).subList(0, parts.length - 1);
        }
    }

    private static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int code = Main.run(args);
            System.out.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void unknownOptionExitsTwo() {
        Run r = run(null, "ask", "--bogus");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--bogus"), () -> "the error names the option: " + r.err());
    }

    @Test
    void unknownCommandExitsTwo() {
        Run r = run(null, "nonsense-command");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("nonsense-command"), () -> "the error names the command: " + r.err());
    }

    @Test
    void askJsonPrintsOneParsableLine() throws Exception {
        Run r = run(null, "ask", "--json", "horeca agreements 2022-2023");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.lines();
        assertEquals(1, lines.size(), () -> "exactly one line, ending in a line break: [" + r.out() + "]");
        JsonNode answer = JSON.readTree(lines.get(0));
        assertEquals("answered", answer.get("status").asText(), lines.get(0));
        assertEquals("en", answer.get("language").asText(), lines.get(0));
        assertEquals("horeca agreements 2022-2023", answer.get("question").asText());

        int cell = data().table("agreements", "sector").orElseThrow().value("Horeca", "2022-2023").orElseThrow();
        JsonNode figures = answer.get("figures");
        assertEquals(1, figures.size(), lines.get(0));
        JsonNode f = figures.get(0);
        assertEquals("agreements", f.get("measure").asText());
        assertEquals("sector", f.get("breakdown").asText());
        assertEquals("Horeca", f.get("member").asText());
        assertEquals("2022-2023", f.get("schoolYear").asText());
        assertTrue(f.get("value").isIntegralNumber(), "the value is a JSON number");
        assertEquals(cell, f.get("value").asInt());
        assertTrue(answer.get("text").asText().contains("Horeca"), lines.get(0));
    }

    @Test
    void askJsonAnswersEachLineOfStandardInput() throws Exception {
        String input = "horeca agreements 2022-2023\n\nerkenningen limburg 2021-2022\n";
        Run r = run(input, "ask", "--json");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.lines();
        assertEquals(3, lines.size(), () -> "one JSON line per input line, the empty one too: [" + r.out() + "]");
        List<String> questions = List.of("horeca agreements 2022-2023", "", "erkenningen limburg 2021-2022");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = JSON.readTree(lines.get(i));
            assertTrue(answer.isObject(), lines.get(i));
            assertEquals(questions.get(i), answer.get("question").asText(), lines.get(i));
            assertTrue(answer.has("status") && answer.has("figures") && answer.has("text"), lines.get(i));
        }
        assertEquals("answered", JSON.readTree(lines.get(0)).get("status").asText());
        assertTrue(JSON.readTree(lines.get(1)).get("figures").isEmpty(), "the empty line asks for nothing");
        assertTrue(!JSON.readTree(lines.get(1)).get("status").asText().equals("answered"), lines.get(1));

        int limburg = data().table("recognitions", "province").orElseThrow()
                .value("Provincie Limburg", "2021-2022").orElseThrow();
        JsonNode third = JSON.readTree(lines.get(2));
        assertEquals("answered", third.get("status").asText(), lines.get(2));
        assertEquals("nl", third.get("language").asText(), lines.get(2));
        assertEquals(limburg, third.get("figures").get(0).get("value").asInt(), lines.get(2));
        assertEquals("Provincie Limburg", third.get("figures").get(0).get("member").asText(), lines.get(2));
    }

    /** {@code data import} then {@code data check} on a copy: exit 0; a refused CSV exits 1 naming file, line and label. */
    @Test
    void dataImportAndCheck(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path dir = be.duaalbot.data.DataDirs.copy(Path.of("config/data"), temp.resolve("data"));
        Path csv = temp.resolve("horeca.csv");
        int start = Integer.parseInt(data().latestYear().substring(0, 4)) + 1;
        java.nio.file.Files.writeString(csv, "sector," + start + "-" + (start + 1) + "\nHoreca,400\n");
        Run ok = run(null, "data", "import", csv.toString(), "--into", dir.toString(), "--measure", "agreements",
                "--breakdown", "sector", "--source", "Fictieve vraag 999", "--source-date", "2024-11-05");
        assertEquals(0, ok.code(), ok.err());
        Run check = run(null, "data", "check", dir.toString());
        assertEquals(0, check.code(), check.err());
        java.nio.file.Files.writeString(csv, "sector,2040-2041\nNergens,-1\n");
        Run refused = run(null, "data", "import", csv.toString(), "--into", dir.toString(), "--measure", "agreements",
                "--breakdown", "sector", "--source", "Fictieve vraag 1000");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("horeca.csv: line 2, 'Nergens'"), refused.err());
        String[] mapped = be.duaalbot.data.DataImportTest.lexiconSpelling(data());
        java.nio.file.Files.writeString(csv, "sector,2040-2041\n" + mapped[1] + ",3\n");
        String before = java.util.Arrays.toString(dir.toFile().list());
        Run lexicon = run(null, "data", "import", csv.toString(), "--into", dir.toString(), "--measure", "agreements",
                "--breakdown", "sector", "--source", "Fictieve vraag 1001");
        assertEquals(1, lexicon.code(), "a label read through the lexicon needs --accept-mapped: " + lexicon.err());
        assertTrue(lexicon.err().contains("'" + mapped[1] + "'") && lexicon.err().contains(mapped[0]) && lexicon.err().contains("--accept-mapped"),
                lexicon.err());
        assertEquals(before, java.util.Arrays.toString(dir.toFile().list()), "nothing written");
        Run accepted = run(null, "data", "import", csv.toString(), "--into", dir.toString(), "--measure", "agreements",
                "--breakdown", "sector", "--source", "Fictieve vraag 1001", "--accept-mapped");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.out().contains("mapped") && accepted.out().contains(mapped[0]), accepted.out());
        java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"tables\": [");
        java.nio.file.Files.writeString(dir.resolve("odd.json"), "{\"tabels\": []}");
        Run broken = run(null, "data", "check", dir.toString());
        assertEquals(1, broken.code());
        assertEquals(2, broken.err().lines().count(), broken.err());
        assertTrue(broken.err().contains("broken.json") && broken.err().contains("odd.json: tabels"), broken.err());
    }

    /** Junk after a data file's JSON document exits 1 naming the file, as any other broken file. */
    @Test
    void dataCheckRefusesJunkAfterTheDocument(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path dir = be.duaalbot.data.DataDirs.copy(Path.of("config/data"), temp.resolve("data"));
        java.nio.file.Files.writeString(dir.resolve("sources.json"), "]] garbage\n", java.nio.file.StandardOpenOption.APPEND);
        Run check = run(null, "data", "check", dir.toString());
        assertEquals(1, check.code(), check.out());
        assertEquals(1, check.err().lines().count(), check.err());
        assertTrue(check.err().contains("sources.json: line ") && check.err().contains("after the end of the JSON document"), check.err());
    }
}
