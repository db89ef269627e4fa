package be.duaalbot.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a lexicon file: the words of one language for every dimension. */
final class LexiconReader {
    private LexiconReader() {
    }

    static Lexicon lexicon(Node n) {
        Language language = Language.fromCode(n.text("language"));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        n.optional("numbers").map(Node::fields).orElse(Map.of())
                .forEach((word, value) -> numbers.put(word, value.count()));
        return new Lexicon(language, terms(n, "measures"), terms(n, "breakdowns"), terms(n, "members"),
                terms(n, "groups"), terms(n, "outsideData"),
                n.optional("compoundSuffixes").map(Node::texts).orElse(List.of()),
                roles(n), numbers,
                n.optional("stopwords").map(Node::texts).orElse(List.of()),
                n.optional("languageHints").map(Node::texts).orElse(List.of()));
    }

    /** The grammar words by role; a key the code does not read is an error, not a silent no-op. */
    private static Map<Role, List<String>> roles(Node n) {
        Map<Role, List<String>> out = new java.util.EnumMap<>(Role.class);
        n.optional("words").map(Node::fields).orElse(Map.of()).forEach((key, words) -> out.put(
                Role.of(key).orElseThrow(() -> words.error("unknown role '" + key + "'; known: " + roleKeys())),
                words.texts()));
        return out;
    }

    private static String roleKeys() {
        return java.util.Arrays.stream(Role.values()).map(Role::key).collect(java.util.stream.Collectors.joining(", "));
    }

    private static Map<String, List<String>> terms(Node n, String section) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        n.optional(section).map(Node::fields).orElse(Map.of())
                .forEach((key, words) -> out.put(key, words.texts()));
        return out;
    }
}
