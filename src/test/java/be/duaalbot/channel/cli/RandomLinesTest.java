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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code ask --json} fed 100,000 random lines (random bytes read as UTF-8, very long lines, empty
 * lines): exactly one JSON object per line, status 0, and no figure outside the data.
 */
class RandomLinesTest {
    private static final int LINES = 100_000;

    @Test
    void everyLineGetsOneJsonObjectAndNoFigureOutsideTheData() throws Exception {
        byte[] input = randomLines(new Random(9));
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setIn(new ByteArrayInputStream(input));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Main.run("ask", "--json");
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertEquals(0, status);
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(LINES, lines.length - 1, "one line per question (and the final newline)");
        Dataset data = DataLoader.load(Path.of("config/data"));
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < LINES; i++) {
            JsonNode answer = json.readTree(lines[i]);
            assertTrue(answer.has("status"), lines[i]);
            for (JsonNode f : answer.get("figures")) {
                String member = f.get("member").asText();
                var cell = data.tableWith(f.get("measure").asText(), member).map(t -> t.value(member, f.get("schoolYear").asText()));
                assertTrue(cell.isPresent() && cell.get().isPresent() && cell.get().getAsInt() == f.get("value").asInt(), lines[i]);
            }
        }
    }

    /** Random bytes (any byte but the line feed), now and then a very long line or an empty one, or a real question. */
    private static byte[] randomLines(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] real = {"horeca agreements 2022-2023", "top 5 sectoren", "erkenningen limburg", "hallo"};
        for (int i = 0; i < LINES; i++) {
            int kind = random.nextInt(100);
            if (kind < 5) {
                out.writeBytes(new byte[0]);
            } else if (kind < 7) {
                byte[] line = new byte[20_000 + random.nextInt(30_000)];
                fill(random, line);
                out.writeBytes(line);
            } else if (kind < 30) {
                out.writeBytes(real[random.nextInt(real.length)].getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] line = new byte[random.nextInt(120)];
                fill(random, line);
                out.writeBytes(line);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static void fill(Random random, byte[] line) {
        random.nextBytes(line);
        for (int j = 0; j < line.length; j++) {
            if (line[j] == '\n') {
                line[j] = ' ';
            }
        }
    }
}
