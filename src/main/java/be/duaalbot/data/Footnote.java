package be.duaalbot.data;

import java.util.List;

/**
 * A footnote of a table. With no school years it applies to every figure of the table;
 * otherwise only to figures of those years (a note that the figures of a year were not final).
 * {@code overlap} marks the note that says one unit may be counted in more than one row (a company
 * with sites in two provinces): only then do sums and rankings of the table warn of it.
 */
public record Footnote(String id, String marker, List<String> schoolYears, Localized text, boolean overlap) {

    public Footnote(String id, String marker, List<String> schoolYears, Localized text) {
        this(id, marker, schoolYears, text, false);
    }

    public boolean appliesTo(String schoolYear) {
        return schoolYears.isEmpty() || schoolYears.contains(schoolYear);
    }
}
