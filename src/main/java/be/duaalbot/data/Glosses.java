package be.duaalbot.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short names in another language for the members of the tables ({@code Bouw}: "construction"),
 * shown beside the official label, never instead of it. Read from a {@code glosses} section,
 * keyed by language and then by the member's label; a member without one shows its label alone,
 * so a newly imported row needs none. Unlike a lexicon, which maps words people type to members,
 * this is one name per member, for display.
 */
public final class Glosses {
    public static final Glosses NONE = new Glosses(List.of());
    private final Map<String, Gloss> byKey = new LinkedHashMap<>();

    private Glosses(List<Gloss> glosses) {
        for (Gloss g : glosses) {
            Gloss before = byKey.putIfAbsent(key(g.language(), g.member()), g);
            if (before != null) {
                throw new DataException(g.file(), "glosses." + g.language().code(),
                        "'" + g.member() + "' already has a gloss" + (before.file().equals(g.file()) ? "" : " in " + before.file()));
            }
        }
    }

    /** One member's gloss in one language, with the file that gives it (so a check can name it). */
    public record Gloss(Language language, String member, String text, String file) { }

    public Optional<String> of(String member, Language language) {
        return Optional.ofNullable(byKey.get(key(language, member))).map(Gloss::text);
    }

    /** True when some member has a gloss in this language. */
    public boolean any(Language language) {
        return byKey.values().stream().anyMatch(g -> g.language() == language);
    }

    /** The member as a reply in this language names it: "Bouw (construction)", or the label alone when it has no gloss. */
    public String label(String member, Language language) {
        Gloss g = byKey.get(key(language, member));
        return g == null ? member : member + " (" + g.text() + ")";
    }

    /** Every gloss, for the checks that each names a member the data has. */
    public java.util.Collection<Gloss> all() {
        return byKey.values();
    }

    /** These and another file's; a member glossed twice in one language is refused, naming the files. */
    Glosses plus(Glosses other) {
        List<Gloss> both = new java.util.ArrayList<>(byKey.values());
        both.addAll(other.byKey.values());
        return new Glosses(both);
    }

    private static String key(Language language, String member) {
        return language.code() + "\u0000" + member;
    }

    /** The {@code glosses} section of a file: {@code {"en": {"Bouw": "construction", ...}}}. */
    static Glosses read(Node n) {
        List<Gloss> out = new java.util.ArrayList<>();
        for (var language : n.fields().entrySet()) {
            Language lang = language(language.getKey(), language.getValue());
            for (var entry : language.getValue().fields().entrySet()) {
                String text = entry.getValue().text().strip();
                if (text.isEmpty()) {
                    throw entry.getValue().error("empty gloss for '" + entry.getKey() + "'");
                }
                out.add(new Gloss(lang, entry.getKey(), text, n.file()));
            }
        }
        return new Glosses(out);
    }

    /** Only a language the bot answers in: fromCode would read a typo ("eng", "de") as Dutch. */
    private static Language language(String code, Node at) {
        for (Language l : Language.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw at.error("unknown language '" + code + "'; known: " + java.util.Arrays.stream(Language.values()).map(Language::code).toList());
    }
}
