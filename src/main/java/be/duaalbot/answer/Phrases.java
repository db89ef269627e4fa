package be.duaalbot.answer;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.util.List;

/**
 * The words and number formats of one language for one reply: texts by key, measure and
 * breakdown names from the data, and numbers as the language writes them ({@code 1.228} in
 * Dutch, {@code 1,228} in English).
 */
final class Phrases {
    private final Dataset data;
    private final Language language;
    private final Messages messages;
    private DataWords words;

    Phrases(Dataset data, Language language, Messages messages) {
        this.data = data;
        this.language = language;
        this.messages = messages;
    }

    Language language() {
        return language;
    }

    Dataset data() {
        return data;
    }

    String t(String key, Object... args) {
        return messages.get(language, key, this::words, args);
    }

    /**
     * A text with named placeholders, given as pairs: {@code named("single", "member", "Horeca",
     * "year", "2022-2023", ...)}. Measure, unit, breakdown and total names go in this way, from the data.
     */
    String named(String key, Object... pairs) {
        java.util.Map<String, Object> args = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            args.put((String) pairs[i], pairs[i + 1]);
        }
        return messages.get(language, key, this::words, args);
    }

    /** As {@link #named}, without the data's words: for the texts the data's words are made of ({years}). */
    String plain(String key, Object... pairs) {
        java.util.Map<String, Object> args = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            args.put((String) pairs[i], pairs[i + 1]);
        }
        return messages.plain(language, key, args);
    }

    /** The data's words put into a text (made once per reply, when a text first needs them). */
    String words(String text) {
        if (words == null) {
            words = new DataWords(this);
        }
        return words.apply(text);
    }

    String number(int value) {
        return Numbers.integer(value, language);
    }

    String signed(int value) {
        return (value > 0 ? "+" : "") + Numbers.integer(value, language);
    }

    String percent(double value) {
        return Numbers.oneDecimal(value, language) + "%";
    }

    String signedPercent(Double value) {
        if (value == null) {
            return "";
        }
        return (value > 0 ? "+" : "") + Numbers.oneDecimal(value, language) + "%";
    }

    String measure(String id) {
        return data.measures().get(id).name().in(language);
    }

    /** What a measure counts ("ondernemingen"), for the notes on sums and rankings. */
    String unit(String id) {
        return data.measures().get(id).unit().in(language);
    }

    String description(String id) {
        return data.measures().get(id).description().in(language);
    }

    /** The description that goes with this many: singular for one. */
    String description(String id, long count) {
        return data.measures().get(id).description(count).in(language);
    }

    /** The label of the row that holds a measure's total ("Totaal Vlaamse gemeenschap"), or empty when none has one. */
    String total(String measure) {
        return data.totalTable(measure).map(be.duaalbot.data.Table::total).orElse("");
    }

    /**
     * A member as a reply names it: the official label, with its gloss in the reply's language from
     * the data when it has one ("Bouw (construction)"); the label alone otherwise (Dutch, a new row).
     */
    String member(String label) {
        return data.glosses().label(label, language);
    }

    /** {@link #member} of each, listed: "a, b and c". */
    String members(List<String> labels) {
        return list(labels.stream().map(this::member).toList());
    }

    String breakdown(String id, boolean plural) {
        var b = data.breakdowns().get(id);
        return (plural ? b.plural() : b.name()).in(language);
    }

    /** The breakdowns that have tables, most members first: the texts' {widest} and {narrowest}, the suggestions' rankings. */
    List<String> breakdownsBySize() {
        return data.breakdowns().keySet().stream().filter(b -> data.tables().stream().anyMatch(t -> t.breakdown().equals(b)))
                .sorted(java.util.Comparator.comparingInt((String b) -> data.membersOf(b).size()).reversed()).toList();
    }

    /** "a, b en c" / "a, b and c". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t("and") + items.get(items.size() - 1);
    }

    /** "a, b of c" / "a, b or c": alternatives to choose from. */
    String either(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t("or") + items.get(items.size() - 1);
    }

    /** "2019-2020 t/m 2022-2023" for a run of years, else the years listed. */
    String years(List<String> years) {
        List<String> all = data.schoolYears();
        int first = all.indexOf(years.get(0));
        boolean run = years.size() > 2 && first >= 0 && first + years.size() <= all.size()
                && all.subList(first, first + years.size()).equals(years);
        return run ? t("through", years.get(0), years.get(years.size() - 1)) : list(years);
    }
}
