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
                roles(n), numbers,
                n.optional("stopwords").map(Node::texts).orElse(List.of()),
                n.optional("languageHints").map(Node::texts).orElse(List.of()),
                classes(n), n.optional("dictionary").map(LexiconReader::dictionary).orElse(null));
    }

    /** The named word classes; a key the code does not read is an error, as for roles. */
    private static Map<WordClass, List<String>> classes(Node n) {
        Map<WordClass, List<String>> out = new java.util.EnumMap<>(WordClass.class);
        n.optional("wordClasses").map(Node::fields).orElse(Map.of()).forEach((key, words) -> out.put(
                WordClass.of(key).orElseThrow(() -> words.error("unknown word class '" + key + "'; known: "
                        + java.util.Arrays.stream(WordClass.values()).map(WordClass::key).toList())),
                words.texts()));
        return out;
    }

    /** The part-of-speech dictionary: its resource and which tags are which part of speech. */
    private static PosDictionary dictionary(Node n) {
        Map<PartOfSpeech, List<String>> tags = new java.util.EnumMap<>(PartOfSpeech.class);
        n.field("tags").fields().forEach((key, prefixes) -> tags.put(
                PartOfSpeech.of(key).orElseThrow(() -> prefixes.error("unknown part of speech '" + key + "'; known: "
                        + java.util.Arrays.stream(PartOfSpeech.values()).map(PartOfSpeech::key).toList())),
                prefixes.texts()));
        return PosDictionary.of(n.text("resource"), n.textOr("source", ""), tags);
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
