package be.duaalbot.data;

import java.util.List;

/**
 * How a table splits its measure: per province, per sector. {@code apart} are rows its name does
 * not cover (Brussels is a region, not a province): a ranking asked "per provincie" says them
 * beside the ranking instead of in it.
 */
public record Breakdown(String id, Localized name, Localized plural, List<String> apart) {

    /** The chat command that lists its members: its Dutch plural in the letters Telegram allows ("sectoren"). */
    public String command() {
        return plural.in(Language.NL).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "");
    }
}
