package be.duaalbot.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one section of a data file (a source, a table, a topic ...) into its record. */
final class SectionReader {
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private SectionReader() {
    }

    static Source source(Node n) {
        String date = n.textOr("date", "");
        if (!date.isEmpty()) {
            try {
                java.time.LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw n.field("date").error("'" + date + "' is not a date such as 2023-06-12");
            }
        }
        String citation = n.textOr("citation", "");
        if (!citation.isEmpty()) {
            return new Source(n.text("id"), new Localized(citation, citation), "", date, "", "", citation, "", n.textOr("url", ""), citation);
        }
        return new Source(n.text("id"), n.field("kind").localized(), n.textOr("number", ""), date,
                n.textOr("askedBy", ""), n.textOr("answeredBy", ""), n.text("title"),
                n.textOr("parliament", ""), n.textOr("url", ""), "");
    }

    static Measure measure(Node n) {
        Localized without = n.optional("withoutTable").map(Node::localized).orElse(null);
        Localized description = n.field("description").localized();
        return new Measure(n.text("id"), n.field("name").localized(), description, without,
                n.textOr("subsetOf", ""), n.field("unit").localized(),
                n.optional("comparableWith").map(Node::texts).orElse(List.of()),
                n.optional("summableWith").map(Node::texts).orElse(List.of()),
                n.optional("descriptionOne").map(Node::localized).orElse(description));
    }

    static Breakdown breakdown(Node n) {
        return new Breakdown(n.text("id"), n.field("name").localized(), n.field("plural").localized(),
                n.optional("apart").map(Node::texts).orElse(List.of()));
    }

    static Group group(Node n) {
        return new Group(n.text("id"), n.text("breakdown"), n.field("name").localized(), n.field("members").texts());
    }

    static Topic topic(Node n) {
        return new Topic(n.text("id"), n.text("source"), n.textOr("section", ""), perLanguage(n.field("keywords")),
                n.field("answer").localized(), n.textOr("passage", ""),
                n.optional("scopes").map(s -> s.elements().stream().map(SectionReader::scope).toList()).orElse(List.of()),
                n.optional("references").map(SectionReader::perLanguage).orElse(Map.of()));
    }

    private static Map<Language, List<String>> perLanguage(Node n) {
        Map<Language, List<String>> words = new LinkedHashMap<>();
        n.fields().forEach((lang, list) -> words.put(Language.fromCode(lang), list.texts()));
        return words;
    }

    /** What a passage speaks about; which names the data knows is checked once every file is read. */
    private static Scope scope(Node n) {
        Direction direction = Direction.ANY;
        if (n.has("direction")) {
            String d = n.text("direction");
            try {
                direction = Direction.valueOf(d.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw n.field("direction").error("unknown direction '" + d + "'; known: rise, fall");
            }
        }
        String from = n.textOr("fromSchoolYear", "");
        return new Scope(list(n, "measures"), list(n, "schoolYears"), from, list(n, "members"), list(n, "groups"),
                list(n, "breakdowns"), direction, n.optional("kinds").map(SectionReader::intents).orElse(List.of()),
                n.optional("restatesFootnote").map(Node::bool).orElse(false), n.field("line").localized());
    }

    private static List<String> list(Node n, String field) {
        return n.optional(field).map(Node::texts).orElse(List.of());
    }

    /** Names of intents; an unknown one is an error naming the file, since a typo would never match. */
    private static List<Intent> intents(Node n) {
        List<Intent> out = new java.util.ArrayList<>();
        for (String name : n.texts()) {
            try {
                out.add(Intent.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw n.error("unknown intent '" + name + "'; known: " + java.util.Arrays.toString(Intent.values()));
            }
        }
        return out;
    }

    static Table table(Node n) {
        List<String> years = schoolYears(n.field("schoolYears"));
        List<Row> rows = rows(n.field("rows"), years.size());
        String total = n.textOr("total", "");
        if (!total.isEmpty() && rows.stream().noneMatch(r -> r.label().equals(total))) {
            throw n.field("total").error("no row is labelled '" + total + "'");
        }
        List<Footnote> notes = new ArrayList<>();
        for (Node f : n.optional("footnotes").map(Node::elements).orElse(List.of())) {
            List<String> applies = f.optional("schoolYears").map(Node::texts).orElse(List.of());
            notes.add(new Footnote(f.text("id"), f.textOr("marker", ""), applies, f.field("text").localized(), f.flag("overlap")));
        }
        return new Table(n.text("id"), n.text("source"), n.textOr("section", ""), n.text("measure"),
                n.text("breakdown"), n.field("title").localized(), years, total, rows, notes);
    }

    private static List<String> schoolYears(Node n) {
        List<String> years = new ArrayList<>();
        for (Node y : n.elements()) {
            String year = y.text();
            var m = SCHOOL_YEAR.matcher(year);
            if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                throw y.error("'" + year + "' is not a school year such as 2022-2023");
            }
            if (years.contains(year)) {
                throw y.error("school year " + year + " appears twice");
            }
            years.add(year);
        }
        return years;
    }

    private static List<Row> rows(Node n, int yearCount) {
        List<Row> rows = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Node r : n.elements()) {
            String label = r.text("label");
            if (!labels.add(label)) {
                throw r.error("duplicate label '" + label + "'");
            }
            List<Node> cells = r.field("values").elements();
            if (cells.size() != yearCount) {
                throw r.error("row '" + label + "' has " + cells.size() + " values for " + yearCount + " school years");
            }
            rows.add(new Row(label, cells.stream().map(Node::count).toList()));
        }
        return rows;
    }
}
