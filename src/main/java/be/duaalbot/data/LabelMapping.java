package be.duaalbot.data;

/**
 * A CSV label read as a member it does not spell exactly: written otherwise (case, spacing), or
 * through a spelling of the lexicon ({@code lexicon}), which an admin must accept.
 */
public record LabelMapping(long line, String label, String member, boolean lexicon) {
    @Override
    public String toString() {
        return "line " + line + ": '" + label + "' \u2192 '" + member + "'" + (lexicon ? " (lexicon)" : " (written otherwise)");
    }
}
