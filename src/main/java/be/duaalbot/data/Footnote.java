package be.duaalbot.data;

import java.util.List;

/**
 * A footnote of a table. With no school years it applies to every figure of the table;
 * otherwise only to figures of those years (the "incomplete" note of 2022-2023).
 */
public record Footnote(String id, String marker, List<String> schoolYears, Localized text) {

    public boolean appliesTo(String schoolYear) {
        return schoolYears.isEmpty() || schoolYears.contains(schoolYear);
    }
}
