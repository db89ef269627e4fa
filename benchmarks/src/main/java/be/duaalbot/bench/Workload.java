package be.duaalbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A mixed, realistic workload of at least 1,000 questions: the test corpora, the chat-style ones
 * and the everyday words of issue 22 included (look-ups with typos, rankings, changes, shares,
 * no-data, nonsense, both languages) and, from a fixed seed, look-ups built from them with a letter
 * dropped or swapped, as people type (words no dictionary has: each is looked up).
 */
final class Workload {
    static final int SIZE = 2000;

    private Workload() {
    }

    static List<String> questions() {
        List<String> base = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String file : List.of("lookups.jsonl", "analysis.jsonl", "chat-lookups.jsonl", "chat-analysis.jsonl",
                    "chat-nodata.jsonl", "chat-topics.jsonl", "everyday-words.jsonl")) {
                for (String line : Files.readAllLines(Path.of("src/test/resources/corpus", file))) {
                    if (!line.isBlank()) {
                        base.add(json.readTree(line).get("q").asText());
                    }
                }
            }
            Files.readAllLines(Path.of("src/test/resources/corpus/negative.txt")).stream().filter(l -> !l.isBlank()).forEach(base::add);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root", e);
        }
        Random random = new Random(20261123);
        List<String> out = new ArrayList<>(base);
        while (out.size() < SIZE) {
            out.add(typo(base.get(random.nextInt(base.size())), random));
        }
        return out;
    }

    private static String typo(String q, Random random) {
        if (q.length() < 6) {
            return q;
        }
        int at = 1 + random.nextInt(q.length() - 3);
        if (random.nextBoolean()) {
            return q.substring(0, at) + q.substring(at + 1);
        }
        return q.substring(0, at) + q.charAt(at + 1) + q.charAt(at) + q.substring(at + 2);
    }
}
