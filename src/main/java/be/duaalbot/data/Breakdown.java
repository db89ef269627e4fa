package be.duaalbot.data;

/** How a table splits its measure: per province, per sector. */
public record Breakdown(String id, Localized name, Localized plural) {
}
