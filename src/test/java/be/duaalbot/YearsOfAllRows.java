package be.duaalbot;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Table;
import java.util.List;

/**
 * The newest school year every row of every table has. A test that names a member and a year
 * without knowing which table a new source extended asks this year: the data's latest year may be
 * one table's only, or a few of its rows' (a source that brings one sector's figures first).
 */
public final class YearsOfAllRows {
    private YearsOfAllRows() {
    }

    public static String latest(Dataset data) {
        List<String> years = data.schoolYears();
        for (int i = years.size() - 1; i >= 0; i--) {
            String year = years.get(i);
            if (data.tables().stream().allMatch(t -> everyRowHas(t, year))) {
                return year;
            }
        }
        throw new AssertionError("no school year that every row of every table has: " + years);
    }

    private static boolean everyRowHas(Table table, String year) {
        return table.hasYear(year) && table.membersWithout(year).isEmpty();
    }
}
