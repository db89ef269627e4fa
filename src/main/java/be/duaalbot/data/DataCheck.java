package be.duaalbot.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code data check}: every problem of a data directory, not only the first. Each file is read on
 * its own first (so each broken file is named), then, when all read, the whole directory is
 * loaded as serve would, which adds what only the files together show (references, duplicates).
 */
public final class DataCheck {
    private DataCheck() {
    }

    /** One line per problem, naming file and place; empty when the directory loads. */
    public static List<String> problems(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of(dir + ": no such data directory");
        }
        List<String> problems = new ArrayList<>();
        for (Path file : DataLoader.jsonFiles(dir)) {
            try {
                new DataLoader().read(file.toString(), DataLoader.parse(file));
            } catch (DataException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            try {
                DataLoader.load(dir);
            } catch (DataException e) {
                problems.add(e.getMessage());
            }
        }
        return problems.stream().map(p -> p.replace('\n', ' ')).toList();
    }
}
