package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Measure;
import be.duaalbot.data.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Which tables, and which rows of them, a question reads, as the builder's defaults will fill it
 * in: the members named in the table of each measure that has them; or the whole table of the
 * breakdown named or ranked; or the total. Their years are the question's years ({@link Extent}).
 */
final class Extents {
    private final Dataset data;

    Extents(Dataset data) {
        this.data = data;
    }

    Extent of(Slots s) {
        return of(s.intent(), s.measures(), s.members(), s.breakdown());
    }

    Extent of(Intent intent, List<String> measures, List<String> members, String breakdown) {
        List<Extent.Read> reads = new ArrayList<>();
        for (String measure : measures(intent, measures)) {
            if (!members.isEmpty()) {
                for (String member : members) {
                    data.tableWith(measure, member).ifPresent(t -> add(reads, t, t.yearsOf(member), t.yearsOf(member)));
                }
                if (intent == Intent.SHARE) {
                    data.totalTable(measure).ifPresent(t -> add(reads, t, t.yearsOf(t.total()), t.yearsOf(t.total())));
                }
            } else if (breakdown != null || ranks(intent)) {
                data.table(measure, breakdown != null ? breakdown : widest(data)).ifPresent(t -> add(reads, t, t.schoolYears(), full(t)));
            } else {
                data.totalTable(measure).ifPresent(t -> add(reads, t, t.yearsOf(t.total()), t.yearsOf(t.total())));
            }
        }
        return new Extent(List.copyOf(reads));
    }

    /** The measures named; for a conversion, each part and its whole; none named, every one with a table. */
    private List<String> measures(Intent intent, List<String> named) {
        if (intent == Intent.CONVERSION) {
            List<String> pairs = new ArrayList<>();
            for (Measure m : data.measures().values()) {
                if (!m.subsetOf().isEmpty()) {
                    pairs.add(m.id());
                    pairs.add(m.subsetOf());
                }
            }
            return pairs;
        }
        return named.isEmpty() ? data.measuresWithTables() : named;
    }

    private static boolean ranks(Intent intent) {
        return intent == Intent.TOP || intent == Intent.BOTTOM || intent == Intent.RISERS || intent == Intent.FALLERS;
    }

    /** The breakdown a ranking without one runs over: the one with the most members. */
    static String widest(Dataset data) {
        return data.breakdowns().keySet().stream().max(Comparator.comparingInt(b -> data.membersOf(b).size())).orElseThrow();
    }

    /** The years in which as many of the table's rows have a figure as in any year: a source may give a year for some rows only. */
    private static List<String> full(Table table) {
        int most = table.schoolYears().stream().mapToInt(y -> table.memberRows().size() - table.membersWithout(y).size()).max().orElse(0);
        return table.schoolYears().stream().filter(y -> table.memberRows().size() - table.membersWithout(y).size() == most).toList();
    }

    /** A table read twice (two members of it) counts once: years either row has, in full those both have. */
    private static void add(List<Extent.Read> reads, Table table, List<String> years, List<String> full) {
        for (int i = 0; i < reads.size(); i++) {
            Extent.Read read = reads.get(i);
            if (read.table() == table) {
                TreeSet<String> any = new TreeSet<>(read.years());
                any.addAll(years);
                List<String> both = read.full().stream().filter(full::contains).toList();
                reads.set(i, new Extent.Read(table, List.copyOf(any), both));
                return;
            }
        }
        reads.add(new Extent.Read(table, years, full));
    }
}
