package be.duaalbot.data;

import java.nio.file.Path;

/**
 * What {@code data import} is asked: the CSV, the data directory, the table's measure and breakdown, its source;
 * whether labels that are no member yet become new ones, and whether labels read through the lexicon are accepted.
 */
public record ImportRequest(Path csv, Path dir, String measure, String breakdown, String citation, String sourceDate,
                            boolean newMembers, boolean acceptMapped) {

    /** A request that accepts no label mapped through the lexicon. */
    public ImportRequest(Path csv, Path dir, String measure, String breakdown, String citation, String sourceDate, boolean newMembers) {
        this(csv, dir, measure, breakdown, citation, sourceDate, newMembers, false);
    }

    /** The same request, with the lexicon's mappings accepted (after an admin said yes). */
    public ImportRequest accepted() {
        return new ImportRequest(csv, dir, measure, breakdown, citation, sourceDate, newMembers, true);
    }
}
