package be.duaalbot.query;

/**
 * A school year named in a question. {@code calendar} is set when only one calendar year was
 * written ({@code 2023}), which the parser resolves and reports; {@code start}/{@code end} are
 * character offsets in the normalised text.
 */
record YearMention(int firstYear, boolean calendar, String written, int start, int end) {

    String schoolYear() {
        return firstYear + "-" + (firstYear + 1);
    }
}
