package be.duaalbot.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The members of a breakdown a CSV's row labels name: exactly, or written otherwise (case), or by
 * a spelling of the lexicon of either language. A label that names none is refused, unless new
 * members are allowed: then it becomes one, and gets a lexicon file per language to fill in. Every
 * label that was not an exact match is kept as a {@link LabelMapping}, so the import can say what it did.
 */
final class Labels {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> known = new LinkedHashMap<>();
    private final Map<String, String> spellings = new LinkedHashMap<>();
    private final List<LabelMapping> mappings = new java.util.ArrayList<>();
    private final Set<String> added = new LinkedHashSet<>();
    private final String file;
    private final boolean newMembers;
    private final String breakdown;

    Labels(Dataset data, String breakdown, String file, boolean newMembers) {
        this.file = file;
        this.newMembers = newMembers;
        this.breakdown = breakdown;
        List<String> members = data.membersOf(breakdown);
        members.forEach(m -> known.put(m, m));
        members.forEach(m -> known.putIfAbsent(key(m), m));
        for (Lexicon lexicon : data.lexicons().values()) {
            lexicon.members().forEach((member, spellings) -> {
                if (members.contains(member)) {
                    spellings.forEach(s -> this.spellings.putIfAbsent(key(s), member));
                }
            });
        }
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** The member a row's label names, or a {@link DataException} naming the file, line and label. */
    String member(long line, String label) {
        if (label.equals(known.get(label))) {
            return label;
        }
        String member = known.get(key(label));
        boolean lexicon = member == null && spellings.containsKey(key(label));
        member = member != null ? member : spellings.get(key(label));
        if (member != null) {
            mappings.add(new LabelMapping(line, CsvTable.shown(label), member, lexicon));
            return member;
        }
        String shown = CsvTable.shown(label);
        if (!newMembers) {
            throw new DataException(file, "line " + line + ", '" + shown + "'",
                    "no " + breakdown + " is called '" + shown + "' (nor is it a spelling in the lexicon); "
                            + "check the label, or pass --new-members if it is a new one");
        }
        added.add(label);
        return label;
    }

    /** Every label read as a member it does not spell exactly, in the order of the file. */
    List<LabelMapping> mappings() {
        return List.copyOf(mappings);
    }

    /** For new members, a lexicon file per language with a spelling to start from, to be filled in. */
    Map<String, ObjectNode> lexiconChanges(Path dir) {
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        if (added.isEmpty()) {
            return files;
        }
        for (Language language : Language.values()) {
            String name = "lexicon-new-members-" + language.code() + ".json";
            ObjectNode root = read(dir.resolve(name), language);
            ObjectNode members = root.with("members");
            for (String label : added) {
                members.putArray(label).add(key(label));
            }
            files.put(name, root);
        }
        return files;
    }

    private static ObjectNode read(Path file, Language language) {
        if (Files.exists(file)) {
            return (ObjectNode) DataLoader.tree(file); // loaded with the directory already: an object
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("language", language.code());
        return root;
    }
}
