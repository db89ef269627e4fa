package be.duaalbot.data;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that the merged files refer to each other correctly, so nothing half-made serves. */
final class DataValidator {
    private DataValidator() {
    }

    static void validate(Dataset data, Map<String, String> origins, String dir) {
        if (data.tables().isEmpty()) {
            throw new DataException(dir, "", "no tables found");
        }
        for (Table t : data.tables().stream().flatMap(t -> t.parts().stream()).toList()) {
            String where = "table " + t.id();
            String file = origins.getOrDefault(where, dir);
            require(data.measures().containsKey(t.measure()), file, where, "unknown measure '" + t.measure() + "'");
            require(data.breakdowns().containsKey(t.breakdown()), file, where, "unknown breakdown '" + t.breakdown() + "'");
            require(data.sources().containsKey(t.source()), file, where, "unknown source '" + t.source() + "'");
        }
        for (Measure m : data.measures().values()) {
            related(data, m, m.comparable(), "comparableWith", dir);
            related(data, m, m.summable(), "summableWith", dir);
            if (!m.subsetOf().isEmpty()) {
                related(data, m, List.of(m.subsetOf()), "subsetOf", dir);
            }
        }
        Set<String> members = new HashSet<>(data.allMembers());
        for (Group g : data.groups().values()) {
            for (String m : g.members()) {
                require(members.contains(m), origins.getOrDefault("group " + g.id(), dir), "group " + g.id(), "no table has a row '" + m + "'");
            }
        }
        for (Breakdown b : data.breakdowns().values()) {
            for (String m : b.apart()) {
                require(data.membersOf(b.id()).contains(m), dir, "breakdown " + b.id(), "apart: no table per " + b.id() + " has a row '" + m + "'");
            }
        }
        for (Topic topic : data.topics()) {
            String file = origins.getOrDefault("topic " + topic.id(), dir);
            require(data.sources().containsKey(topic.source()), file, "topic " + topic.id(), "unknown source '" + topic.source() + "'");
            for (int i = 0; i < topic.scopes().size(); i++) {
                scope(topic.scopes().get(i), data, members, file, "topic " + topic.id() + " scopes[" + i + "]");
            }
        }
        for (Lexicon lexicon : data.lexicons().values()) {
            String where = "lexicon " + lexicon.language().code();
            String file = origins.getOrDefault(where, dir);
            keys(lexicon.measures().keySet(), data.measures().keySet(), file, where + " measures");
            keys(lexicon.breakdowns().keySet(), data.breakdowns().keySet(), file, where + " breakdowns");
            keys(lexicon.members().keySet(), members, file, where + " members");
            keys(lexicon.groups().keySet(), data.groups().keySet(), file, where + " groups");
            unambiguous(lexicon, file, where);
        }
        for (Place place : data.places().all()) {
            for (String row : place.members()) {
                require(members.contains(row), origins.getOrDefault("places", dir), "places", place.name() + ": no table has a row '" + row + "'");
            }
        }
        for (Glosses.Gloss g : data.glosses().all()) {
            require(members.contains(g.member()), g.file(), "glosses." + g.language().code(), "no table has a row '" + g.member() + "'");
        }
        require(data.lexicons().size() == Language.values().length, dir, "",
                "expected a lexicon for each of " + List.of(Language.values()));
    }

    /** A scope names only what the data has: a typo would never match, and the why it carries would never be said. */
    private static void scope(Scope s, Dataset data, Set<String> members, String file, String where) {
        s.measures().forEach(m -> require(data.measures().containsKey(m), file, where, "unknown measure '" + m + "'"));
        s.members().forEach(m -> require(members.contains(m), file, where, "unknown member: no table has a row '" + m + "'"));
        s.groups().forEach(g -> require(data.groups().containsKey(g), file, where, "unknown group '" + g + "'"));
        s.breakdowns().forEach(b -> require(data.breakdowns().containsKey(b), file, where, "unknown breakdown '" + b + "'"));
        s.years().forEach(y -> require(data.schoolYears().contains(y), file, where, "unknown school year '" + y + "'; the tables have "
                + data.schoolYears()));
        require(s.fromYear().isEmpty() || data.schoolYears().contains(s.fromYear()), file, where,
                "unknown school year '" + s.fromYear() + "'; the tables have " + data.schoolYears());
    }

    /** One spelling, one meaning: a term listed under two keys of one language would be read at random. */
    private static void unambiguous(Lexicon lexicon, String file, String where) {
        java.util.Map<String, String> meaning = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, List<String>>> sections = new java.util.LinkedHashMap<>();
        sections.put("measures", lexicon.measures());
        sections.put("breakdowns", lexicon.breakdowns());
        sections.put("members", lexicon.members());
        sections.put("groups", lexicon.groups());
        sections.put("outsideData", lexicon.outsideData());
        Map<String, List<String>> words = new java.util.LinkedHashMap<>();
        lexicon.words().forEach((role, spellings) -> words.put(role.key(), spellings));
        sections.put("words", words);
        sections.forEach((section, terms) -> terms.forEach((key, spellings) -> {
            for (String spelling : spellings) {
                String term = spelling.toLowerCase(java.util.Locale.ROOT);
                String previous = meaning.putIfAbsent(term, section + "." + key);
                require(previous == null || previous.equals(section + "." + key), file, where,
                        "'" + spelling + "' is listed under both " + previous + " and " + section + "." + key);
            }
        }));
    }

    /** Measures set against, added to or converted into each other must exist and count the same unit. */
    private static void related(Dataset data, Measure m, List<String> others, String field, String dir) {
        for (String id : others) {
            Measure other = data.measures().get(id);
            require(other != null, dir, "measure " + m.id() + "." + field, "unknown measure '" + id + "'");
            require(other.unit().equals(m.unit()), dir, "measure " + m.id() + "." + field,
                    "'" + id + "' counts " + other.unit().en() + ", not " + m.unit().en() + ": measures of different units cannot be combined");
        }
    }

    private static void keys(Set<String> used, Set<String> known, String file, String where) {
        for (String key : used) {
            require(known.contains(key), file, where, "'" + key + "' is not in the data");
        }
    }

    private static void require(boolean ok, String file, String where, String problem) {
        if (!ok) {
            throw new DataException(file, where, problem);
        }
    }
}
