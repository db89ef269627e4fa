package be.duaalbot.query;

import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.util.Comparator;
import java.util.List;

/**
 * Fills what a question left unsaid, and notes it: no measure is every measure with a table,
 * no member is the Flemish total (or every member, when a breakdown is named), no year is every
 * year for a look-up and the newest year for a ranking, share or conversion; a change runs
 * from the first to the last year named.
 */
final class QueryBuilder {
    private static final int DEFAULT_COUNT = 5;

    private final Dataset data;
    private final YearResolver years;

    QueryBuilder(Dataset data, YearResolver years) {
        this.data = data;
        this.years = years;
    }

    Query build(Slots s, Entities e, List<Note> notes) {
        Intent intent = s.intent() != null ? s.intent()
                : s.members().size() >= 2 || s.measures().size() >= 2 ? Intent.COMPARE : Intent.LOOKUP;
        List<String> measures = intent == Intent.CONVERSION ? List.of() : measures(s, notes);
        return switch (intent) {
            case LOOKUP, COMPARE -> new Query.Lookup(measures, members(s, notes), lookupYears(s, notes),
                    intent == Intent.COMPARE);
            case TOP, BOTTOM -> new Query.Ranking(measures, breakdown(s), oneYear(s, notes),
                    count(s, e, 0), intent == Intent.TOP, within(s));
            case CHANGE -> change(s, measures, notes);
            case RISERS, FALLERS -> movers(s, e, measures, intent == Intent.RISERS, notes);
            case SHARE -> new Query.Share(measures, shareMembers(s), oneYear(s, notes));
            case CONVERSION -> new Query.Conversion(members(s, notes), oneYear(s, notes));
        };
    }

    private List<String> measures(Slots s, List<Note> notes) {
        if (!s.measures().isEmpty()) {
            return s.measures();
        }
        notes.add(Note.of("allMeasures"));
        return data.measuresWithTables();
    }

    private List<String> members(Slots s, List<Note> notes) {
        if (!s.members().isEmpty()) {
            return s.members();
        }
        if (s.breakdown() != null) {
            return data.membersOf(s.breakdown()).stream().filter(m -> !data.isTotal(m)).toList();
        }
        notes.add(Note.of("total"));
        return data.totalTable(data.measuresWithTables().get(0)).map(t -> List.of(t.total())).orElse(List.of());
    }

    /**
     * The members a ranking is limited to: several named ("top 2 daarvan" after three trade rows),
     * or one of another breakdown (a province ranking "in de bouw", which the tables cannot give).
     * One member of the ranked breakdown ("is horeca de grootste?") ranks them all.
     */
    private List<String> within(Slots s) {
        if (s.members().isEmpty()) {
            return List.of();
        }
        boolean otherBreakdown = !data.breakdownOf(s.members().get(0)).map(breakdown(s)::equals).orElse(true);
        return s.members().size() >= 2 || otherBreakdown ? s.members() : List.of();
    }

    private List<String> shareMembers(Slots s) {
        if (!s.members().isEmpty()) {
            return s.members();
        }
        return data.membersOf(breakdown(s)).stream().filter(m -> !data.isTotal(m)).toList();
    }

    private List<String> lookupYears(Slots s, List<Note> notes) {
        if (s.years().isEmpty()) {
            notes.add(Note.of("allYears"));
            return data.schoolYears();
        }
        return s.yearRange() ? years.range(s.years()) : years.chronological(s.years());
    }

    private String oneYear(Slots s, List<Note> notes) {
        if (!s.years().isEmpty()) {
            return s.years().get(0);
        }
        notes.add(Note.of("latestYear", years.latest()));
        return years.latest();
    }

    private Query change(Slots s, List<String> measures, List<Note> notes) {
        String[] span = span(s, notes);
        return new Query.Change(measures, members(s, notes), span[0], span[1]);
    }

    private Query movers(Slots s, Entities e, List<String> measures, boolean rising, List<Note> notes) {
        String[] span = span(s, notes);
        return new Query.Movers(measures, breakdown(s), span[0], span[1], count(s, e, 3), rising, s.relative(), !e.has("bottom"));
    }

    /** From and to: the first and last year named; one year is the change into it; none is the whole table. */
    private String[] span(Slots s, List<Note> notes) {
        List<String> sorted = s.years().stream().sorted().toList();
        if (sorted.size() >= 2) {
            return new String[] {sorted.get(0), sorted.get(sorted.size() - 1)};
        }
        if (sorted.size() == 1 && years.before(sorted.get(0)) != null) {
            notes.add(Note.of("changeInto", years.before(sorted.get(0)), sorted.get(0)));
            return new String[] {years.before(sorted.get(0)), sorted.get(0)};
        }
        if (sorted.size() == 1) {
            return new String[] {sorted.get(0), years.latest()};
        }
        notes.add(Note.of("wholeSpan", years.first(), years.latest()));
        return new String[] {years.first(), years.latest()};
    }

    /** The breakdown named, else the one of the member named, else the one with most members. */
    private String breakdown(Slots s) {
        if (s.breakdown() != null) {
            return s.breakdown();
        }
        if (!s.members().isEmpty() && data.breakdownOf(s.members().get(0)).isPresent()) {
            return data.breakdownOf(s.members().get(0)).get();
        }
        return data.breakdowns().keySet().stream()
                .max(Comparator.comparingInt(b -> data.membersOf(b).size())).orElseThrow();
    }

    /** "top 3" says it; "welke sector" asks for one; otherwise every member of a short list, or five. */
    private int count(Slots s, Entities e, int singular) {
        if (s.count() != null) {
            return s.count();
        }
        String breakdown = breakdown(s);
        if (e.has("which") && !namesPlural(e, data.breakdowns().get(breakdown))) {
            return singular == 0 ? 1 : singular;
        }
        int members = (int) data.membersOf(breakdown).stream().filter(m -> !data.isTotal(m)).count();
        return members <= DEFAULT_COUNT + 2 ? members : DEFAULT_COUNT;
    }

    private static boolean namesPlural(Entities e, Breakdown b) {
        List<String> words = Tokenizer.tokens(e.normalized());
        for (Language lang : Language.values()) {
            if (words.contains(b.plural().in(lang).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
