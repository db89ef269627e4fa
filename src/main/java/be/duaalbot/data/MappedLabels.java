package be.duaalbot.data;

import java.util.List;

/**
 * An import refused because labels would be read through the lexicon ("Bakkerijen" as
 * Voedingsindustrie) and that was not accepted: the message names each mapping, nothing is written.
 */
public final class MappedLabels extends DataException {
    private static final long serialVersionUID = 1L;

    private final transient List<LabelMapping> mappings;

    MappedLabels(String file, List<LabelMapping> mappings) {
        super(file, "", "refused, nothing written: these labels are no member's name and were read through the lexicon; "
                + "check them and pass --accept-mapped to import them so:\n  "
                + String.join("\n  ", mappings.stream().map(LabelMapping::toString).toList()));
        this.mappings = List.copyOf(mappings);
    }

    public List<LabelMapping> mappings() {
        return mappings;
    }
}
