package be.duaalbot.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each cell of a merged table comes from. {@code parts} are the source tables, oldest
 * source first; {@code origins} maps a cell to the part that gave its value (the newest that
 * has it); {@code revisions} keeps, for a cell a newer source revised, what older ones said.
 */
public record Cells(List<Table> parts, Map<Cells.Key, Table> origins, Map<Cells.Key, List<Revision>> revisions) {

    /** An older source's value for a cell that a newer source gives differently. */
    public record Revision(Table table, int value) {
    }

    /** A cell: its row's label and school year, held by reference (a key made of a copy of the label cost a long label's length per cell). */
    record Key(String label, String schoolYear) {
    }

    static Key key(String label, String schoolYear) {
        return new Key(label, schoolYear);
    }

    Optional<Table> origin(String label, String schoolYear) {
        return Optional.ofNullable(origins.get(key(label, schoolYear)));
    }

    List<Revision> revisions(String label, String schoolYear) {
        return revisions.getOrDefault(key(label, schoolYear), List.of());
    }
}
