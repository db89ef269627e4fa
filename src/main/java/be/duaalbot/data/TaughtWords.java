package be.duaalbot.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The local lexicon overlay: words an admin taught with {@code duaalbot teach}, in a file of their
 * own in the data directory ({@value #FILE}), so the shipped lexicons stay as they came. At load
 * each language's entries become one more lexicon of that language, merged as a second lexicon
 * file would be; the validator then checks them like any other term (their target in the data,
 * one meaning per spelling), so a taught word that makes the data ambiguous is refused by name.
 */
public final class TaughtWords {
    /** The overlay's file name in the data directory. */
    public static final String FILE = "taught-words.json";
    static final String KEY = "taught";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_WORD = 60;

    /** What a taught word becomes: a name of a member, measure, breakdown or group, or a filler the bot may ignore. */
    public enum Kind {
        MEMBER("members"), MEASURE("measures"), BREAKDOWN("breakdowns"), GROUP("groups"), FILLER("stopwords");

        final String section;

        Kind(String section) {
            this.section = section;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One taught word of one language; {@code target} is the id or row label it names (empty for a filler). */
    public record Entry(String word, Language language, Kind kind, String target) {
    }

    private TaughtWords() {
    }

    static boolean isOverlay(Node root) {
        return root.has(KEY);
    }

    /** The overlay's entries, each language's as a lexicon node, as a lexicon file of its own would read. */
    static List<Node> lexicons(Node root) {
        Map<Language, ObjectNode> out = new LinkedHashMap<>();
        for (Entry e : entries(root)) {
            ObjectNode lexicon = out.computeIfAbsent(e.language(), l -> MAPPER.createObjectNode().put("language", l.code()));
            if (e.kind() == Kind.FILLER) {
                array(lexicon, Kind.FILLER.section).add(e.word());
            } else {
                ObjectNode section = lexicon.has(e.kind().section) ? (ObjectNode) lexicon.get(e.kind().section)
                        : lexicon.putObject(e.kind().section);
                array(section, e.target()).add(e.word());
            }
        }
        return out.values().stream().map(json -> new Node(root.file(), KEY, json)).toList();
    }

    private static ArrayNode array(ObjectNode parent, String name) {
        return parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
    }

    static List<Entry> entries(Node root) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : root.field(KEY).elements()) {
            String word = n.text("word").strip();
            if (word.isEmpty() || word.length() > MAX_WORD || word.chars().anyMatch(Character::isISOControl)) {
                throw n.field("word").error("a word of 1 to " + MAX_WORD + " characters, without control characters");
            }
            String code = n.text("language");
            Language language = java.util.Arrays.stream(Language.values()).filter(l -> l.code().equals(code)).findFirst()
                    .orElseThrow(() -> n.field("language").error("'" + code + "' is not one of nl, en"));
            Kind kind = java.util.Arrays.stream(Kind.values()).filter(k -> k.code().equals(n.text("kind"))).findFirst()
                    .orElseThrow(() -> n.field("kind").error("'" + n.text("kind") + "' is not one of member, measure, breakdown, group, filler"));
            String target = kind == Kind.FILLER ? "" : n.text("as");
            if (!seen.add(code + "\u0000" + word.toLowerCase(Locale.ROOT))) {
                throw n.field("word").error("'" + word + "' is taught twice for " + code);
            }
            out.add(new Entry(word, language, kind, target));
        }
        return out;
    }

    /** The entries of the overlay in {@code dir}; none when there is no overlay. */
    public static List<Entry> read(Path dir) {
        Path file = dir.resolve(FILE);
        return Files.isRegularFile(file) ? entries(DataLoader.parse(file)) : List.of();
    }

    /**
     * Writes the overlay of {@code dir} whole: to a temporary file first, then moved over the old
     * one, so a reload never reads half a file. No entries: the file goes.
     */
    public static void write(Path dir, List<Entry> entries) {
        Path file = dir.resolve(FILE);
        try {
            if (entries.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            ObjectNode root = MAPPER.createObjectNode();
            ArrayNode list = root.putArray(KEY);
            for (Entry e : entries) {
                ObjectNode n = list.addObject().put("word", e.word()).put("language", e.language().code()).put("kind", e.kind().code());
                if (e.kind() != Kind.FILLER) {
                    n.put("as", e.target());
                }
            }
            Path temp = Files.createTempFile(dir, ".taught-", ".tmp");
            Files.writeString(temp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataException(file.toString(), "", "cannot write: " + e.getMessage());
        }
    }
}
