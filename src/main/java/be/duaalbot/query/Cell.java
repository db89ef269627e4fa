package be.duaalbot.query;

import be.duaalbot.data.Table;

/** One figure of a source table, with the table it comes from (for its footnotes and source). */
public record Cell(String measure, String member, String year, int value, Table table) {

    public String breakdown() {
        return table.breakdown();
    }
}
