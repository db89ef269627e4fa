package be.duaalbot.query;

import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The school years of what one question reads: per table read, the years in which one of the rows
 * read has a figure, and those in which all of them have one ({@code full}). A source may bring one
 * table a year the others lack, or some rows of a year: "the latest year" of a question is then the
 * newest its own tables have in full, never that of every table loaded.
 */
record Extent(List<Read> tables) {

    /** One table read: the years in which a row read has a figure, and those in which every row read has one. */
    record Read(Table table, List<String> years, List<String> full) {
        /** The newest year of the table read, when only some of its rows have a figure for it. */
        java.util.Optional<String> newerPartial(String than) {
            String newest = years.get(years.size() - 1);
            return newest.compareTo(than) > 0 && !full.contains(newest) ? java.util.Optional.of(newest) : java.util.Optional.empty();
        }
    }

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

    /** The newest year all tables read have in full, or else the newest they all have, or else the newest any has. */
    String latest() {
        List<String> years = defaults();
        return years.get(years.size() - 1);
    }

    /** The first year all tables read have in full (or, as for {@link #latest}, the best there is). */
    String first() {
        return defaults().get(0);
    }

    private List<String> defaults() {
        List<String> full = new ArrayList<>(years());
        tables.forEach(t -> full.retainAll(t.full()));
        List<String> common = common();
        return !full.isEmpty() ? full : !common.isEmpty() ? common : years();
    }
}
