package be.duaalbot.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON node that knows its file and its place in it, so that every complaint about the data
 * names both ({@code sv677.json: tables[0].rows[3].values[2]: -5 is negative}).
 */
final class Node {
    private final String file;
    private final String path;
    private final JsonNode json;

    Node(String file, String path, JsonNode json) {
        this.file = file;
        this.path = path;
        this.json = json;
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    DataException error(String problem) {
        return new DataException(file, path, problem);
    }

    boolean has(String name) {
        return json.has(name) && !json.get(name).isNull();
    }

    Node field(String name) {
        if (!has(name)) {
            throw new DataException(file, child(name), "missing field");
        }
        return new Node(file, child(name), json.get(name));
    }

    Optional<Node> optional(String name) {
        return has(name) ? Optional.of(field(name)) : Optional.empty();
    }

    String text() {
        if (!json.isTextual()) {
            throw error("expected a text, found " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return json.asText();
    }

    String text(String name) {
        return field(name).text();
    }

    String textOr(String name, String fallback) {
        return has(name) ? field(name).text() : fallback;
    }

    int count() {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw error(json + " is not a whole number");
        }
        if (json.intValue() < 0) {
            throw error(json.intValue() + " is negative");
        }
        return json.intValue();
    }

    List<Node> elements() {
        if (!json.isArray()) {
            throw error("expected a list");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(file, path + "[" + i + "]", json.get(i)));
        }
        return out;
    }

    List<String> texts() {
        return elements().stream().map(Node::text).toList();
    }

    Map<String, Node> fields() {
        if (!json.isObject()) {
            throw error("expected an object");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        json.fieldNames().forEachRemaining(n -> out.put(n, field(n)));
        return out;
    }

    /** A true/false field; absent is false. */
    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonNode value = json.get(name);
        if (!value.isBoolean()) {
            throw field(name).error("expected true or false, found " + value);
        }
        return value.booleanValue();
    }

    /** An object with an {@code nl} and an {@code en} text. */
    Localized localized() {
        return new Localized(text("nl"), text("en"));
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
