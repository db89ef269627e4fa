package be.duaalbot.data;

import java.util.List;

/**
 * What a table counts (recognitions, agreements, ...). {@code withoutTable} is what to say
 * when people ask for a measure no table holds, such as student numbers. {@code subsetOf}
 * names the measure whose companies include this one's (a company with an agreement is a
 * recognised one), which makes "what share of X had Y" a meaningful question; or is empty.
 * {@code unit} is what it counts, per language ("ondernemingen", "leerlingen"), for the texts.
 * {@code comparable} and {@code summable} name the other measures whose figures may be set
 * against this one's (a difference, "hoeveel keer meer") or added to them: the data says so,
 * so that pupils are never subtracted from companies. {@code descriptionOne} is the description of a
 * single one ("onderneming met een erkenning"), for a figure of 1; the plural serves when a file has none.
 */
public record Measure(String id, Localized name, Localized description, Localized withoutTable, String subsetOf,
                      Localized unit, List<String> comparable, List<String> summable, Localized descriptionOne) {

    /** A measure as older files give it: comparable and summable with itself only. */
    public Measure(String id, Localized name, Localized description, Localized withoutTable, String subsetOf, Localized unit) {
        this(id, name, description, withoutTable, subsetOf, unit, List.of(), List.of(), description);
    }

    /** What {@code count} of this measure are: "1 company with ...", "2 companies with ...". */
    public Localized description(long count) {
        return count == 1 ? descriptionOne : description;
    }

    /** True when a difference or ratio of the two is meaningful (the same measure always is). */
    public boolean comparesWith(Measure other) {
        return id.equals(other.id) || comparable.contains(other.id) || other.comparable.contains(id);
    }

    /** True when the two may be added up (the same measure always may, across members). */
    public boolean sumsWith(Measure other) {
        return id.equals(other.id) || summable.contains(other.id) || other.summable.contains(id);
    }

    /** True when this measure is a part of {@code other}, so a percentage of it is a conversion. */
    public boolean convertsTo(Measure other) {
        return subsetOf.equals(other.id);
    }
}
