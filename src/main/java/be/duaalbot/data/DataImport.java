package be.duaalbot.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code data import}: a CSV becomes a table file (and its source) in a data directory. All is
 * checked first, then written to a copy of the directory that must load; only then are the new
 * and changed files moved in, each atomically. A refusal changes nothing in the directory.
 */
public final class DataImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataImport() {
    }

    /** What an import did: the files written or changed, and every label that was not an exact member name. */
    public record Imported(List<String> files, List<LabelMapping> mappings) {
    }

    /** Imports within the limits and returns the names of the files written or changed in the directory. */
    public static List<String> run(ImportRequest r, ImportLimits limits) {
        return importFile(r, limits).files();
    }

    /**
     * Imports within the limits, and says what it did. Labels read through the lexicon are refused
     * ({@link MappedLabels}, nothing written) unless the request accepts them; labels only written
     * otherwise (case) are listed.
     */
    public static Imported importFile(ImportRequest r, ImportLimits limits) {
        Dataset data = DataLoader.load(r.dir());
        String csv = r.csv().toString();
        if (!data.measures().containsKey(r.measure())) {
            throw new DataException(csv, "--measure", "unknown measure '" + r.measure() + "'; known: " + data.measures().keySet());
        }
        if (!data.breakdowns().containsKey(r.breakdown())) {
            throw new DataException(csv, "--breakdown", "unknown breakdown '" + r.breakdown() + "'; known: " + data.breakdowns().keySet());
        }
        Labels labels = new Labels(data, r.breakdown(), csv, r.newMembers());
        CsvTable table = CsvTable.read(r.csv(), limits, oncePerMember(labels, csv));
        if (!r.acceptMapped() && labels.mappings().stream().anyMatch(LabelMapping::lexicon)) {
            throw new MappedLabels(csv, labels.mappings().stream().filter(LabelMapping::lexicon).toList());
        }
        String sourceId = sourceId(data, r.citation());
        refuseYearsGivenBefore(data, r, sourceId, table.schoolYears());
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        String name = sourceId + "-" + r.measure() + "-per-" + r.breakdown() + ".json";
        if (Files.exists(r.dir().resolve(name))) {
            name = sourceId + "-" + r.measure() + "-per-" + r.breakdown() + "-" + String.join("_", table.schoolYears()) + ".json";
        }
        files.put(name, tableFile(data, r, sourceId, table));
        files.putAll(labels.lexiconChanges(r.dir()));
        return new Imported(write(r.dir(), files), labels.mappings());
    }

    /** The member each row names, a second row for one member refused. */
    private static CsvTable.Members oncePerMember(Labels labels, String csv) {
        Set<String> seen = new HashSet<>();
        return (line, label) -> {
            String member = labels.member(line, label);
            if (!seen.add(member)) {
                throw new DataException(csv, "line " + line + ", '" + CsvTable.shown(label) + "'", "a second row for '" + member + "'");
            }
            return member;
        };
    }

    /** An existing source with the same citation keeps its id; a new one gets one made of the citation. */
    private static String sourceId(Dataset data, String citation) {
        for (Source s : data.sources().values()) {
            if (s.citation().equals(citation)) {
                return s.id();
            }
        }
        // the words up to the first with a digit ("schriftelijke-vraag-nr-999"), six at most
        List<String> words = new ArrayList<>();
        for (String word : citation.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && words.size() < 6 && (words.isEmpty() || !words.get(words.size() - 1).matches(".*\\d.*"))) {
                words.add(word);
            }
        }
        String id = String.join("-", words);
        String unique = id.isEmpty() ? "source" : id;
        for (int i = 2; data.sources().containsKey(unique); i++) {
            unique = id + "-" + i;
        }
        return unique;
    }

    private static void refuseYearsGivenBefore(Dataset data, ImportRequest r, String sourceId, List<String> years) {
        for (Table t : data.table(r.measure(), r.breakdown()).map(Table::parts).orElse(List.of())) {
            for (String year : years) {
                if (t.source().equals(sourceId) && t.hasYear(year)) {
                    throw new DataException(r.csv().toString(), "line 1, " + year,
                            "school year " + year + " of " + r.measure() + " per " + r.breakdown() + " is already given by this source (table " + t.id() + ")");
                }
            }
        }
    }

    private static ObjectNode tableFile(Dataset data, ImportRequest r, String sourceId, CsvTable table) {
        List<String> members = table.lines().stream().map(CsvTable.Line::member).toList();
        ObjectNode root = JSON.createObjectNode();
        if (!data.sources().containsKey(sourceId)) {
            ObjectNode source = root.putArray("sources").addObject();
            source.put("id", sourceId).put("citation", r.citation());
            if (r.sourceDate() != null && !r.sourceDate().isEmpty()) {
                source.put("date", r.sourceDate());
            }
        }
        ObjectNode t = root.putArray("tables").addObject();
        t.put("id", sourceId + "-" + r.measure() + "-per-" + r.breakdown() + "-" + String.join("_", table.schoolYears()));
        t.put("source", sourceId).put("measure", r.measure()).put("breakdown", r.breakdown());
        Localized name = data.measures().get(r.measure()).name();
        Localized per = data.breakdowns().get(r.breakdown()).name();
        t.putObject("title").put("nl", name.nl() + " per " + per.nl()).put("en", name.en() + " per " + per.en());
        ArrayNode years = t.putArray("schoolYears");
        table.schoolYears().forEach(years::add);
        // a total row (Totaal Vlaamse gemeenschap) is the table's total, also in the first table of a new measure
        members.stream().filter(data::isTotal).findFirst().ifPresent(total -> t.put("total", total));
        ArrayNode rows = t.putArray("rows");
        for (int i = 0; i < members.size(); i++) {
            ObjectNode row = rows.addObject().put("label", members.get(i));
            ArrayNode values = row.putArray("values");
            table.lines().get(i).values().forEach(values::add);
        }
        return root;
    }

    /** The files into a copy that must load, then each moved into the directory in one step. */
    private static List<String> write(Path dir, Map<String, ObjectNode> files) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory(dir.toAbsolutePath().getParent(), ".duaalbot-import-");
            Path copy = Files.createDirectory(temp.resolve("data"));
            try (var list = Files.list(dir)) {
                for (Path f : list.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            for (var e : files.entrySet()) {
                // streamed to the file: a whole file as one string would cost its size twice over in memory
                JSON.writerWithDefaultPrettyPrinter().writeValue(copy.resolve(e.getKey()).toFile(), e.getValue());
                Files.writeString(copy.resolve(e.getKey()), "\n", StandardOpenOption.APPEND);
            }
            DataLoader.load(copy);
            for (String name : files.keySet()) {
                Files.move(copy.resolve(name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return List.copyOf(files.keySet());
        } catch (IOException e) {
            throw new DataException(dir.toString(), "", "cannot write: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try (var walk = Files.walk(temp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory beside the data is harmless: it is not a *.json file of it
        }
    }
}
