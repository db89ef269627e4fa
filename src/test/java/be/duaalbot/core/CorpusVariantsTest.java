package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every question of every corpus, as people also type it: a letter dropped, two letters swapped,
 * two words run together ("social-profitorganisaties"), a hyphen for a space. The bot answers each
 * without throwing, and every figure it gives is a cell of the data. (The benchmark's typo
 * workload once found a question the corpora did not: a compound read before its language was known.)
 */
class CorpusVariantsTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void everyCorpusQuestionMistypedIsAnsweredWithCellsOnly() throws IOException {
        Random random = new Random(20261206);
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (String q : questions()) {
            for (String variant : variants(q, random)) {
                asked++;
                try {
                    Answer a = Bots.BOT.answer(variant);
                    a.figures().stream().filter(f -> !Bots.isCell(f)).forEach(f -> failures.add(variant + ": not a cell " + f));
                } catch (RuntimeException e) {
                    failures.add(variant + ": " + e);
                }
            }
        }
        assertTrue(asked > 0, "no corpus questions found");
        assertTrue(failures.isEmpty(), () -> failures.size() + " of the mistyped questions failed, first: " + failures.subList(0, Math.min(5, failures.size())));
    }

    private static List<String> variants(String q, Random random) {
        List<String> out = new ArrayList<>();
        if (q.length() >= 6) {
            int at = 1 + random.nextInt(q.length() - 3);
            out.add(q.substring(0, at) + q.substring(at + 1));
            out.add(q.substring(0, at) + q.charAt(at + 1) + q.charAt(at) + q.substring(at + 2));
        }
        int space = q.indexOf(' ', random.nextInt(Math.max(1, q.length())));
        if (space > 0) {
            out.add(q.substring(0, space) + q.substring(space + 1));
            out.add(q.substring(0, space) + "-" + q.substring(space + 1));
        }
        return out;
    }

    private static List<String> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (name.endsWith(".jsonl")) {
                        out.add(json.readTree(line).get("q").asText());
                    } else if (name.endsWith(".txt")) {
                        out.add(line.contains(" | ") ? line.substring(line.indexOf(" | ") + 3) : line);
                    }
                }
            }
        }
        return out;
    }
}
