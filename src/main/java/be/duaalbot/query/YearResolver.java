package be.duaalbot.query;

import be.duaalbot.data.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the years a question names into school years: written school years as they are, a
 * lone calendar year into the school year that ends in it (or starts in it, when only that
 * one is in the data), "laatste"/"latest" into the newest year of the data, "vorig jaar" and
 * "dit jaar" into school years counted from today's date. Every reading that is not literal
 * leaves a note.
 */
final class YearResolver {
    private final List<String> known;
    private final Clock clock;

    YearResolver(List<String> known, Clock clock) {
        this.known = known;
        this.clock = clock;
    }

    List<String> resolve(Entities e, List<Note> notes) {
        List<String> years = new ArrayList<>();
        for (YearMention m : e.years()) {
            add(years, shifted(e, m, m.calendar() ? calendar(m, notes) : m.schoolYear(), notes));
        }
        if (years.size() == 1 && RELATIVE.matcher(e.normalized()).find()) {
            add(years, before(years.get(0)) == null ? years.get(0) : before(years.get(0))); // "dan het jaar ervoor"
        }
        if (e.has(Role.LATEST) && e.count().isPresent() && !e.has(Role.TOP) && !e.has(Role.BOTTOM)) {
            // "de laatste 3 schooljaren": the newest n years
            int n = Math.min(e.count().getAsInt(), known.size());
            known.subList(known.size() - n, known.size()).forEach(y -> add(years, y));
        } else if (e.has(Role.LATEST)) {
            add(years, latest());
        }
        if (e.has(Role.FIRST)) {
            add(years, known.get(0));
        }
        boolean written = !e.years().isEmpty(); // "vorig schooljaar 2021-2022": the year written is meant
        if (e.has(Role.PREVIOUS) && e.has(Role.FIRST)) {
            add(years, latest()); // "tussen het eerste en het laatste schooljaar"
        } else if (e.has(Role.PREVIOUS) && !written) {
            String year = schoolYearOf(clock, -1);
            notes.add(Note.of("previousYear", year, LocalDate.now(clock).toString()));
            add(years, year);
        }
        if (years.size() == 1 && e.has(Role.SINCE)) {
            add(years, latest()); // "sinds 2021": from that year to the newest, a range
        } else if (years.size() == 1 && e.has(Role.RANGE) && !e.yearRange() && endsRange(e)) {
            years.add(0, known.get(0)); // "tot 2021-2022": from the first year to that one
        }
        if (e.has(Role.CURRENT) && !written) {
            String year = schoolYearOf(clock, 0);
            notes.add(Note.of("currentYear", year, LocalDate.now(clock).toString()));
            add(years, year);
        }
        return years;
    }

    /** "het jaar ervoor", "the year before": the year before the one named. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\b(jaar|schooljaar) (ervoor|daarvoor|voordien)\\b|\\b(year|school year) before\\b(?! \\d)|\\bprevious (school )?year\\b");
    /** "het jaar na 2019-2020", "the year after 2019-2020": one year on (or back, with "voor"/"before"). */
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("(jaar|year) (na|after|voor|before) $");

    private String shifted(Entities e, YearMention m, String year, List<Note> notes) {
        java.util.regex.Matcher step = STEP.matcher(e.normalized().substring(Math.max(0, m.start() - 20), m.start()));
        if (!step.find()) {
            return year;
        }
        boolean forward = step.group(2).equals("na") || step.group(2).equals("after");
        int at = known.indexOf(year);
        int to = forward ? at + 1 : at - 1;
        if (at < 0 || to < 0 || to >= known.size()) {
            return year;
        }
        notes.add(Note.of("yearStep", step.group(0).strip() + " " + year, known.get(to)));
        return known.get(to);
    }

    /** The last words of "tot", "tot en met", "to", "up to" ...: a lone year is a range's end only right after one. */
    private static final java.util.Set<String> RANGE_ENDS = java.util.Set.of("tot", "met", "tem", "m", "aan", "naar",
            "to", "until", "till", "through", "thru");

    /** True when the one year named comes right after a range word ("tot 2021-2022"), not elsewhere ("from X to Y in 2022"). */
    private static boolean endsRange(Entities e) {
        if (e.years().isEmpty()) {
            return true; // "tot het laatste schooljaar"
        }
        List<String> before = Tokenizer.tokens(e.normalized().substring(0, e.years().get(0).start()));
        return !before.isEmpty() && RANGE_ENDS.contains(before.get(before.size() - 1));
    }

    /** The years from the first to the last named, inclusive, as far as the data has them. */
    List<String> range(List<String> years) {
        List<String> sorted = years.stream().sorted().toList();
        String from = sorted.get(0);
        String to = sorted.get(sorted.size() - 1);
        List<String> inside = known.stream().filter(y -> y.compareTo(from) >= 0 && y.compareTo(to) <= 0).toList();
        return inside.isEmpty() ? sorted : inside;
    }

    /** The years in school-year order, whatever order the question named them in. */
    List<String> chronological(List<String> years) {
        return years.stream().sorted().toList();
    }

    String latest() {
        return known.get(known.size() - 1);
    }

    String first() {
        return known.get(0);
    }

    /** The school year before the given one, or null when the data starts there. */
    String before(String year) {
        int at = known.indexOf(year);
        return at > 0 ? known.get(at - 1) : null;
    }

    private String calendar(YearMention m, List<Note> notes) {
        String ending = (m.firstYear() - 1) + "-" + m.firstYear();
        String starting = m.schoolYear();
        String chosen = known.contains(ending) || !known.contains(starting) ? ending : starting;
        notes.add(Note.of("calendarYear", m.written().strip(), chosen));
        return chosen;
    }

    private static void add(List<String> years, String year) {
        if (!years.contains(year)) {
            years.add(year);
        }
    }

    /** The school year running on today's date (it starts on 1 September), shifted by {@code offset} years. */
    static String schoolYearOf(Clock clock, int offset) {
        LocalDate today = LocalDate.now(clock);
        int start = (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) + offset;
        return start + "-" + (start + 1);
    }
}
