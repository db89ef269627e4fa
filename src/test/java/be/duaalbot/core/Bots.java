package be.duaalbot.core;

import be.duaalbot.answer.Figure;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/** The bot on the repository's data, at a fixed date, shared by the tests; and the cells to check figures against. */
final class Bots {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    static final DuaalBot BOT = new DuaalBot(DATA, CLOCK);

    private Bots() {
    }

    /**
     * A corpus line with its years taken from the data, so no test pins how far the data reaches:
     * {first} and {latest} are the first and newest school years loaded, {next} and {after next}
     * the two after the newest (which no table has).
     */
    static String years(String line) {
        String latest = DATA.latestYear();
        return line.replace("{first}", DATA.schoolYears().get(0)).replace("{latest}", latest)
                .replace("{next}", after(latest, 1)).replace("{after next}", after(latest, 2));
    }

    /** The school year {@code n} after {@code year} ("2022-2023", 1 gives "2023-2024"). */
    static String after(String year, int n) {
        int start = Integer.parseInt(year.substring(0, 4)) + n;
        return start + "-" + (start + 1);
    }

    /** The cell of the source tables for a measure, row label and year, if there is one. */
    static OptionalInt cell(String measure, String member, String year) {
        return DATA.tableWith(measure, member).map(t -> t.value(member, year)).orElse(OptionalInt.empty());
    }

    /** True when a figure is exactly a cell of the data: the bot's first rule. */
    static boolean isCell(Figure f) {
        OptionalInt v = cell(f.measure(), f.member(), f.schoolYear());
        return v.isPresent() && v.getAsInt() == f.value()
                && DATA.tableWith(f.measure(), f.member()).get().breakdown().equals(f.breakdown());
    }
}
