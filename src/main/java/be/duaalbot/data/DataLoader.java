package be.duaalbot.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads every {@code *.json} file of the data directory, in name order, and merges their
 * sections ({@code sources}, {@code measures}, {@code breakdowns}, {@code groups},
 * {@code tables}, {@code topics}, {@code places}, {@code glosses}); a file with a {@code language} field is a lexicon. A new
 * table or school year is a new or changed file here, never code; {@link TaughtWords} (the words
 * taught locally) are lexicon entries too. Anything wrong stops the
 * load with a {@link DataException} naming the file and the place.
 */
public final class DataLoader {
    private static final Set<String> SECTIONS =
            Set.of("sources", "measures", "breakdowns", "groups", "tables", "topics", "places", "glosses");
    /** Junk after the document (a stray bracket, a second object pasted below) is refused, not ignored. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, Breakdown> breakdowns = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<Language, Lexicon> lexicons = new LinkedHashMap<>();
    private Places places = Places.NONE;
    private Glosses glosses = Glosses.NONE;
    /** Which file each table, group, topic and lexicon came from, so later checks can name it. */
    private final Map<String, String> origins = new LinkedHashMap<>();

    DataLoader() {
    }

    public static Dataset load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir.toString(), "", "no such data directory");
        }
        DataLoader loader = new DataLoader();
        for (Path file : jsonFiles(dir)) {
            loader.read(file.toString(), parse(file));
        }
        Dataset data = new Dataset(Map.copyOf(loader.sources), loader.measures, loader.breakdowns,
                loader.groups, TableMerger.merge(loader.tables.values(), loader.sources, loader.origins), List.copyOf(loader.topics.values()),
                loader.lexicons, loader.places, loader.glosses);
        DataValidator.validate(data, loader.origins, dir.toString());
        return data;
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DataException(dir.toString(), "", "cannot list: " + e.getMessage());
        }
    }

    static Node parse(Path file) {
        JsonNode json = tree(file);
        if (json == null || !json.isObject()) {
            throw new DataException(file.toString(), "", "expected a JSON object");
        }
        return new Node(file.toString(), "", json);
    }

    /** A data file's JSON, the one way every data file is read: a DataException names file, place and problem. */
    static JsonNode tree(Path file) {
        try (InputStream in = Files.newInputStream(file); // a Path in the jar too, not only on disk
             JsonParser parser = MAPPER.createParser(in)) {
            return MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(file.toString(), e);
        } catch (IOException e) {
            throw new DataException(file.toString(), "", "cannot read: " + e.getMessage());
        }
    }

    void read(String file, Node root) {
        if (TaughtWords.isOverlay(root)) { // the words taught locally: one more lexicon per language
            TaughtWords.lexicons(root).forEach(lexicon -> read(file, lexicon));
            return;
        }
        if (root.has("language")) {
            Lexicon lexicon = LexiconReader.lexicon(root);
            lexicons.merge(lexicon.language(), lexicon, Lexicon::plus);
            origins.merge("lexicon " + lexicon.language().code(), file, (a, b) -> a + ", " + b);
            return;
        }
        for (var entry : root.fields().entrySet()) {
            if (!SECTIONS.contains(entry.getKey())) {
                throw entry.getValue().error("unknown section; expected one of " + new java.util.TreeSet<>(SECTIONS));
            }
        }
        collect(root, "sources", SectionReader::source, Source::id, sources);
        collect(root, "measures", SectionReader::measure, Measure::id, measures);
        collect(root, "breakdowns", SectionReader::breakdown, Breakdown::id, breakdowns);
        collect(root, "groups", SectionReader::group, Group::id, groups);
        collect(root, "tables", SectionReader::table, Table::id, tables);
        collect(root, "topics", SectionReader::topic, Topic::id, topics);
        root.optional("places").ifPresent(n -> {
            places = places.plus(PlacesReader.places(n));
            origins.merge("places", file, (a, b) -> a + ", " + b);
        });
        root.optional("glosses").ifPresent(n -> glosses = glosses.plus(Glosses.read(n)));
        root.optional("groups").ifPresent(n -> groups.keySet().forEach(id -> origins.putIfAbsent("group " + id, file)));
        root.optional("tables").ifPresent(n -> tables.keySet().forEach(id -> origins.putIfAbsent("table " + id, file)));
        root.optional("topics").ifPresent(n -> topics.keySet().forEach(id -> origins.putIfAbsent("topic " + id, file)));
    }

    private static <T> void collect(Node root, String section, Function<Node, T> reader,
                                    Function<T, String> id, Map<String, T> into) {
        List<Node> items = root.optional(section).map(Node::elements).orElse(new ArrayList<>());
        for (Node item : items) {
            T value = reader.apply(item);
            if (into.putIfAbsent(id.apply(value), value) != null) {
                throw item.field("id").error("duplicate id '" + id.apply(value) + "'");
            }
        }
    }
}
