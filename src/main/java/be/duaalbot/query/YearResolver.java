package be.duaalbot.query;

import be.duaalbot.data.Role;
import be.duaalbot.data.WordClass;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the years a question names into school years: written school years as they are, a
 * lone calendar year into the school year that ends in it (or starts in it, when only that
 * one is in the data and the year is no bound of a span; a month before it dates it: "oktober 2021" is in 2021-2022, "april 2021" in
 * 2020-2021, as a school year starts in September), "laatste"/"latest" into the newest year of the
 * data, "vorig jaar" and "dit jaar" into school years counted from today's date. Every reading
 * that is not literal leaves a note. The words it looks for are word classes of the lexicons.
 */
final class YearResolver {
    /** The month a school year starts in. */
    private static final int FIRST_MONTH = 9;

    private final List<String> known;
    private final Clock clock;
    private final WordKnowledge words;

    YearResolver(List<String> known, Clock clock, WordKnowledge words) {
        this.known = known;
        this.clock = clock;
        this.words = words;
    }

    List<String> resolve(Entities e, List<Note> notes) {
        List<String> years = new ArrayList<>();
        for (YearMention m : e.years()) {
            add(years, shifted(e, m, m.calendar() ? calendar(e, m, notes) : m.schoolYear(), notes));
        }
        if (years.size() == 1 && mentionsAny(e.normalized(), WordClass.YEAR_BEFORE) && relative(Tokenizer.tokens(e.normalized()))) {
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

    /**
     * "het jaar ervoor", "the year before", "the previous year": the year before the one named;
     * not "the year before 2021-2022", which steps back from the year written after it.
     */
    private boolean relative(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean year = words.words(WordClass.YEAR_WORDS).contains(tokens.get(i));
            boolean numberAfter = i + 2 < tokens.size() && Character.isDigit(tokens.get(i + 2).charAt(0));
            if (year && words.words(WordClass.YEAR_BEFORE).contains(tokens.get(i + 1)) && !numberAfter) {
                return true;
            }
            boolean previous = words.words(WordClass.PREVIOUS).contains(tokens.get(i));
            if (previous && (year(tokens, i + 1) || tokens.get(i + 1).equals("school") && year(tokens, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The last few words before a place in the text: all that the rules here look back at. */
    private static List<String> wordsBefore(Entities e, int end) {
        return Tokenizer.tokens(e.normalized().substring(Math.max(0, end - 32), end));
    }

    /** True when a word of the class occurs in the text at all (a cheap test before reading words). */
    private boolean mentionsAny(String text, WordClass c) {
        for (String w : words.words(c)) {
            if (text.contains(w)) {
                return true;
            }
        }
        return words.words(WordClass.PREVIOUS).stream().anyMatch(text::contains);
    }

    private boolean year(List<String> tokens, int i) {
        return i < tokens.size() && words.words(WordClass.YEAR_WORDS).contains(tokens.get(i));
    }

    /** "het jaar na 2019-2020", "the year after 2019-2020": one year on (or back, with "voor"/"before"). */
    private String shifted(Entities e, YearMention m, String year, List<Note> notes) {
        List<String> before = wordsBefore(e, m.start());
        int n = before.size();
        boolean after = n >= 2 && words.words(WordClass.YEAR_AFTER).contains(before.get(n - 1));
        boolean back = n >= 2 && words.words(WordClass.YEAR_BEFORE).contains(before.get(n - 1));
        if (!(after || back) || !words.words(WordClass.YEAR_WORDS).contains(before.get(n - 2))) {
            return year;
        }
        int at = known.indexOf(year);
        int to = after ? at + 1 : at - 1;
        if (at < 0 || to < 0 || to >= known.size()) {
            return year;
        }
        notes.add(Note.of("yearStep", before.get(n - 2) + " " + before.get(n - 1) + " " + year, known.get(to)));
        return known.get(to);
    }

    /** True when the one year named comes right after a range word ("tot 2021-2022"), not elsewhere ("from X to Y in 2022"). */
    private boolean endsRange(Entities e) {
        if (e.years().isEmpty()) {
            return true; // "tot het laatste schooljaar"
        }
        List<String> before = wordsBefore(e, e.years().get(0).start());
        return !before.isEmpty() && words.words(WordClass.RANGE_ENDS).contains(before.get(before.size() - 1));
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

    private String calendar(Entities e, YearMention m, List<Note> notes) {
        String ending = (m.firstYear() - 1) + "-" + m.firstYear();
        String starting = m.schoolYear();
        // a bound of a span ("the pilot years 2016-2019") is never moved into the data: that would answer other years
        String chosen = known.contains(ending) || !known.contains(starting) || e.yearRange() ? ending : starting;
        String written = m.written().strip();
        List<String> before = wordsBefore(e, m.start());
        int at = before.size() - 1;
        if (at > 0 && words.words(WordClass.DATE_LINKS).contains(before.get(at))) {
            at--; // "de herfst van 2021", "the end of 2021"
        }
        String month = at < 0 ? null : words.value(WordClass.MONTHS, before.get(at));
        if (month != null) { // a date: the school year it falls in
            chosen = Integer.parseInt(month) >= FIRST_MONTH ? starting : ending;
            written = String.join(" ", before.subList(at, before.size())) + " " + written;
        }
        notes.add(Note.of("calendarYear", written, chosen));
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
