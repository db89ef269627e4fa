package be.duaalbot.data;

/**
 * What a table counts (recognitions, agreements, ...). {@code withoutTable} is what to say
 * when people ask for a measure no table holds, such as student numbers. {@code subsetOf}
 * names the measure whose companies include this one's (a company with an agreement is a
 * recognised one), which makes "what share of X had Y" a meaningful question; or is empty.
 * {@code unit} is what it counts, per language ("ondernemingen", "leerlingen"), for the texts.
 */
public record Measure(String id, Localized name, Localized description, Localized withoutTable, String subsetOf,
                      Localized unit) {
}
