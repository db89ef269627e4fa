package be.duaalbot.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a file being imported, in the order of its lines, up to a limit: past that the
 * reading stops, since a file with that many is the wrong file or the wrong options, and an admin
 * fixes the first ones before the rest matter.
 */
final class Problems {
    private final String file;
    private final int max;
    private final List<String> found = new ArrayList<>();
    private String stop = "";

    Problems(String file, int max) {
        this.file = file;
        this.max = max;
    }

    /** Records a problem (a message naming file, line and label). */
    void add(String problem) {
        found.add(problem);
        if (found.size() == max) {
            stop = file + ": stopped reading after the first " + max + " problems (the limit is DUAALBOT_IMPORT_MAX_PROBLEMS)";
        }
    }

    /** A problem that stops the reading, such as a line too long or not UTF-8. */
    void stop(String place, String problem) {
        found.add(new DataException(file, place, problem).getMessage());
    }

    boolean full() {
        return !stop.isEmpty();
    }

    /** Refuses the file when anything was found: one line per problem. */
    void refuseAny() {
        if (found.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(found);
        if (full()) {
            lines.add(stop);
        }
        throw new DataException(file, "", "refused, nothing written:\n" + String.join("\n", lines));
    }
}
