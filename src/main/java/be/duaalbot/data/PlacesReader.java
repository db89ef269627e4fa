package be.duaalbot.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code places} section: municipalities by the row they lie in, former municipalities
 * and parts by their current municipality, other names, regions by their rows, and places
 * outside. A former name or part whose municipality is not listed is an error naming the place.
 */
final class PlacesReader {
    private PlacesReader() {
    }

    static Places places(Node n) {
        Map<String, Node> aliasNodes = n.optional("aliases").map(Node::fields).orElse(Map.of());
        Map<String, String> rowOf = new java.util.HashMap<>();
        List<Place> out = new ArrayList<>();
        n.field("municipalities").fields().forEach((row, names) -> names.texts().forEach(name -> {
            rowOf.put(name, row);
            out.add(new Place(name, Place.Kind.MUNICIPALITY, List.of(row), null, spellings(name, aliasNodes)));
        }));
        for (String section : List.of("former", "parts")) {
            Place.Kind kind = section.equals("former") ? Place.Kind.FORMER : Place.Kind.PART;
            n.optional(section).map(Node::fields).orElse(Map.of()).forEach((name, now) -> {
                String row = rowOf.get(now.text());
                if (row == null) {
                    throw now.error("'" + now.text() + "' is no municipality of this file");
                }
                out.add(new Place(name, kind, List.of(row), now.text(), spellings(name, aliasNodes)));
            });
        }
        n.optional("regions").map(Node::fields).orElse(Map.of()).forEach((name, rows) ->
                out.add(new Place(name, Place.Kind.REGION, rows.texts(), null, spellings(name, aliasNodes))));
        n.optional("outside").map(Node::texts).orElse(List.of()).forEach(name ->
                out.add(new Place(name, Place.Kind.OUTSIDE, List.of(), null, spellings(name, aliasNodes))));
        return new Places(n.textOr("source", ""), n.textOr("basis", ""), List.copyOf(out));
    }

    private static List<String> spellings(String name, Map<String, Node> aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        if (aliases.containsKey(name)) {
            all.addAll(aliases.get(name).texts());
        }
        return List.copyOf(all);
    }
}
