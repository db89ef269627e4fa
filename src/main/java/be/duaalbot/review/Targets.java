package be.duaalbot.review;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Lexicon;
import be.duaalbot.data.Localized;
import be.duaalbot.data.TaughtWords.Kind;
import be.duaalbot.query.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a name given to {@code teach --as} stands for in the data: a member (by its row label or
 * a term of the language: "horeca", "limburg"), a measure, a breakdown or a group (by id, name or
 * term). Compared as the bot reads: lower case, no accents.
 */
final class Targets {
    /** A member, measure, breakdown or group, by the id or label the lexicon files key it by. */
    record Target(Kind kind, String key) {
        @Override
        public String toString() {
            return kind.code() + " '" + key + "'";
        }
    }

    private static final Normalizer NORMALIZER = new Normalizer();

    private final Map<String, Set<Target>> byName = new LinkedHashMap<>();

    Targets(Dataset data, Language language) {
        data.allMembers().forEach(m -> add(m, new Target(Kind.MEMBER, m)));
        data.measures().values().forEach(m -> add(m.name(), m.id(), new Target(Kind.MEASURE, m.id())));
        data.breakdowns().values().forEach(b -> {
            add(b.name(), b.id(), new Target(Kind.BREAKDOWN, b.id()));
            add(b.plural().in(language), new Target(Kind.BREAKDOWN, b.id()));
        });
        data.groups().values().forEach(g -> add(g.name(), g.id(), new Target(Kind.GROUP, g.id())));
        Lexicon lexicon = data.lexicons().get(language);
        terms(lexicon.members(), Kind.MEMBER);
        terms(lexicon.measures(), Kind.MEASURE);
        terms(lexicon.breakdowns(), Kind.BREAKDOWN);
        terms(lexicon.groups(), Kind.GROUP);
    }

    private void add(Localized name, String id, Target t) {
        add(id, t);
        add(name.nl(), t);
        add(name.en(), t);
    }

    private void add(String name, Target t) {
        byName.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(t);
    }

    private void terms(Map<String, List<String>> terms, Kind kind) {
        terms.forEach((key, spellings) -> spellings.forEach(s -> add(s, new Target(kind, key))));
    }

    static String key(String name) {
        return NORMALIZER.normalize(name);
    }

    /** Every target the name stands for: none, one, or (ambiguous) several. */
    Set<Target> of(String name) {
        return byName.getOrDefault(key(name), Set.of());
    }
}
