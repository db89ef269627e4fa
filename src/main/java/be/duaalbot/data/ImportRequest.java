package be.duaalbot.data;

import java.nio.file.Path;

/** What {@code data import} is asked: the CSV, the data directory, the table's measure and breakdown, its source. */
public record ImportRequest(Path csv, Path dir, String measure, String breakdown, String citation, String sourceDate,
                            boolean newMembers) {
}
