package be.duaalbot.query;

import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The school years of what one question reads: per table read, the years in which one of the rows
 * read has a figure. A source may bring one table a year the others lack, or some rows of a year:
 * "the latest year" of a question is then that of its own tables, never of every table loaded.
 */
record Extent(List<Read> tables) {

    /** One table read, and the years in which the rows read of it have a figure. */
    record Read(Table table, List<String> years) { }

    /** Every year some table read has a figure for, in order. */
    List<String> years() {
        TreeSet<String> all = new TreeSet<>();
        tables.forEach(t -> all.addAll(t.years()));
        return List.copyOf(all);
    }

    /** The years every table read has a figure for: a one-year default must be one of these. */
    List<String> common() {
        List<String> out = new ArrayList<>(years());
        tables.forEach(t -> out.retainAll(t.years()));
        return out;
    }

    boolean isEmpty() {
        return tables.isEmpty() || years().isEmpty();
    }

    /** True when the tables read do not all cover the same years, which the reply then says. */
    boolean differs() {
        return tables.stream().map(Read::years).distinct().count() > 1;
    }

    /** The newest year all tables read have, or else the newest any has. */
    String latest() {
        List<String> common = common();
        List<String> years = common.isEmpty() ? years() : common;
        return years.get(years.size() - 1);
    }

    /** The first year all tables read have, or else the first any has. */
    String first() {
        List<String> common = common();
        return (common.isEmpty() ? years() : common).get(0);
    }
}
