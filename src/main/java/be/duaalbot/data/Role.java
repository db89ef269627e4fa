package be.duaalbot.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The grammar roles a lexicon's {@code words} section may fill: what a word says about the kind
 * of question, not about the data ("top", "samen", "zonder", "welk jaar"). The code reads only
 * these; a lexicon key that is none of them is refused at load, naming the file.
 */
public enum Role {
    TOP("top"), BOTTOM("bottom"), RISE("rise"), FALL("fall"), CHANGE("change"), SHARE("share"),
    PERCENT("percent"), COMPARE("compare"), RELATIVE("relative"), ABSOLUTE("absolute"), LATEST("latest"),
    FIRST("first"), PREVIOUS("previous"), CURRENT("current"), ALL_YEARS("allYears"), WHICH("which"),
    QUANTITY("quantity"), DOMAIN("domain"), FOLLOW_UP("followUp"), WHY("why"), ALL("all"), RANGE("range"),
    THOSE("those"), MINISTER("minister"), TREND("trend"), CONVERSION("conversion"), SINCE("since"),
    SUM("sum"), EXCLUDE("exclude"), WHICH_YEAR("whichYear"), GREETING("greeting"), THANKS("thanks"),
    HELP("help"), SOURCE("source"),
    // operations (issue 22): each must be honoured by the query, or the reply says it cannot be done
    RATIO("ratio"), AVERAGE("average"), ASCENDING("ascending"), DESCENDING("descending"), INCLUDE("include"), COUNTED_YEARS("countedYears"),
    YEAR_STARTS("yearStarts"), YEAR_ENDS("yearEnds"),
    // set by the recognizer, not by lexicon words: "een garage", "a company" speak of one company
    PER_UNIT("perUnit");

    private static final Map<String, Role> BY_KEY = new HashMap<>();

    static {
        for (Role r : values()) {
            BY_KEY.put(r.key, r);
        }
    }

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The key as lexicon files write it. */
    public String key() {
        return key;
    }

    public static Optional<Role> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
