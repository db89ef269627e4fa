package be.duaalbot.query;

import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Language;
import be.duaalbot.data.Role;
import java.util.List;

/**
 * Fills what a question left unsaid, and notes it: no measure is every measure with a table,
 * no member is the Flemish total (or every member, when a breakdown is named), no year is every
 * year for a look-up and the newest year for a ranking, share or conversion; a change runs
 * from the first to the last year named. Members left out ("zonder Brussel") are left out of
 * every list, and a ranking "per provincie" says the rows that are no province apart.
 */
final class QueryBuilder {
    private static final int DEFAULT_COUNT = 5;

    private final Dataset data;
    private final YearResolver years;
    /** The years of the tables this question reads: its defaults come from these, never from every table. */
    private final Extent extent;

    QueryBuilder(Dataset data, YearResolver years, Extent extent) {
        this.data = data;
        this.years = years;
        this.extent = extent;
    }

    Query build(Slots s, Entities e, List<Note> notes) {
        Intent intent = s.intent() != null ? s.intent()
                : s.members().size() >= 2 || s.measures().size() >= 2 ? Intent.COMPARE : Intent.LOOKUP;
        List<String> measures = intent == Intent.CONVERSION ? List.of() : measures(s, notes);
        return switch (intent) {
            case LOOKUP, COMPARE, SUM -> lookup(s, intent, measures, notes);
            case TOP, BOTTOM -> new Query.Ranking(measures, breakdown(s), oneYear(s, notes),
                    count(s, e, 0), intent == Intent.TOP, within(s), apart(s, e), s.count() == null, ascending(e, intent == Intent.TOP));
            case YEARS -> new Query.YearRanking(measures, members(s, notes), !s.lowest(), e.asksMovement());
            case CHANGE -> change(s, measures, notes);
            case RISERS, FALLERS -> movers(s, e, measures, intent == Intent.RISERS, notes);
            case SHARE -> new Query.Share(measures, shareMembers(s), oneYear(s, notes));
            case CONVERSION -> conversion(s, e, notes);
            case RATIO -> RatioKind.build(s, e, lookup(s, Intent.LOOKUP, measures, notes));
            case AVERAGE -> average(s, e, measures, notes);
        };
    }

    /** A look-up; a total named with rows left out ("Vlaanderen zonder Brussel") takes them off it. */
    private Query.Lookup lookup(Slots s, Intent intent, List<String> measures, List<Note> notes) {
        List<String> members = members(s, notes);
        boolean totalOnly = !members.isEmpty() && members.stream().allMatch(data::isTotal);
        List<String> minus = totalOnly ? s.excluded() : List.of();
        return new Query.Lookup(measures, members, lookupYears(s, notes), combine(intent, s), s.sum() ? s.parts() : List.of(), minus);
    }

    /**
     * An average over the rows of a breakdown named (less those it says apart, such as Brussels beside
     * the provinces) or of the rows named, in the newest year unless years are asked; else over years.
     */
    private Query average(Slots s, Entities e, List<String> measures, List<Note> notes) {
        // Brussels is no province: "gemiddeld per provincie" leaves it out and says so, however the breakdown was named
        List<String> leftOut = s.breakdown() == null ? List.of() : data.breakdowns().get(s.breakdown()).apart().stream()
                .filter(m -> !s.excluded().contains(m) && !s.included().contains(m)).toList();
        List<String> rows = s.breakdown() != null ? allOf(s.breakdown(), s).stream().filter(m -> !leftOut.contains(m)).toList()
                : s.members().stream().filter(m -> !data.isTotal(m)).toList();
        boolean overMembers = rows.size() >= 2;
        boolean eachYear = !s.years().isEmpty() || e.has(Role.ALL_YEARS) || e.has(Role.TREND);
        List<String> years = overMembers && !eachYear ? List.of(oneYear(s, notes)) : lookupYears(s, notes);
        Query.Lookup plain = new Query.Lookup(measures, overMembers ? rows : members(s, notes), years, Query.Combine.LIST,
                List.of(), List.of());
        return AverageKind.build(s, e, plain, overMembers, leftOut);
    }

    private static Query.Combine combine(Intent intent, Slots s) {
        if (intent == Intent.SUM || s.sum() && !s.parts().isEmpty()) {
            return Query.Combine.SUM;
        }
        return intent == Intent.COMPARE ? Query.Combine.COMPARE : Query.Combine.LIST;
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
            return allOf(s.breakdown(), s);
        }
        notes.add(Note.of("total"));
        return data.totalTable(data.measuresWithTables().get(0)).map(t -> List.of(t.total())).orElse(List.of());
    }

    /** Every member of a breakdown but its total and those left out. */
    private List<String> allOf(String breakdown, Slots s) {
        return data.membersOf(breakdown).stream().filter(m -> !data.isTotal(m) && !s.excluded().contains(m)).toList();
    }

    /**
     * The members a ranking is limited to: several named ("top 2 daarvan" after three trade rows),
     * one of another breakdown (a province ranking "in de bouw", which the tables cannot give), or
     * all but those left out. One member of the ranked breakdown ("is horeca de grootste?") ranks them all.
     */
    private List<String> within(Slots s) {
        List<String> rows = s.members().stream().filter(m -> !data.isTotal(m)).toList();
        if (rows.size() < s.members().size()) {
            // "rank all provinces and Brussels": a total among the names ranks nothing; the rows named are counted in
            return rows.size() >= 2 ? rows : s.excluded().isEmpty() ? List.of() : allOf(breakdown(s), s);
        }
        if (s.members().isEmpty()) {
            return s.excluded().isEmpty() ? List.of() : allOf(breakdown(s), s);
        }
        boolean otherBreakdown = !data.breakdownOf(s.members().get(0)).map(breakdown(s)::equals).orElse(true);
        return s.members().size() >= 2 || otherBreakdown ? s.members() : List.of();
    }

    /** The order asked ("laagste eerst", "descending"), else fewest first for a bottom list and most first for a top one. */
    private static boolean ascending(Entities e, boolean top) {
        return e.has(Role.ASCENDING) || !e.has(Role.DESCENDING) && !top;
    }

    /** Rows a ranking asked by the breakdown's own name says apart ("welke provincie": Brussels is none). */
    private List<String> apart(Slots s, Entities e) {
        Breakdown b = data.breakdowns().get(breakdown(s));
        if (!e.breakdownByName() || s.members().size() >= 2) {
            return List.of();
        }
        return b.apart().stream().filter(m -> !s.excluded().contains(m) && !s.included().contains(m)).toList();
    }

    private List<String> shareMembers(Slots s) {
        List<String> named = s.members().stream().filter(m -> !data.isTotal(m)).toList();
        if (named.isEmpty() && (!s.members().isEmpty() || s.breakdown() == null)) {
            // "welk percentage van alle (Vlaamse) bedrijven": of all companies, which the engine says it has no base for
            return data.totalTable(data.measuresWithTables().get(0)).map(t -> List.of(t.total())).orElse(List.of());
        }
        return named.isEmpty() ? allOf(breakdown(s), s) : named;
    }

    private Query conversion(Slots s, Entities e, List<Note> notes) {
        boolean ranked = s.members().isEmpty() && (e.has(Role.WHICH) || e.has(Role.TOP) || e.has(Role.BOTTOM) || s.count() != null);
        if (ranked) {
            return new Query.Conversion(allOf(breakdown(s), s), oneYear(s, notes), count(s, e, 0), !s.lowest(), false);
        }
        return new Query.Conversion(members(s, notes), oneYear(s, notes), 0, true, s.sum() && s.members().size() >= 2);
    }

    private List<String> lookupYears(Slots s, List<Note> notes) {
        if (s.years().isEmpty()) {
            notes.add(Note.of("allYears"));
            extentNote(notes);
            return extent.isEmpty() ? data.schoolYears() : extent.years();
        }
        return s.yearRange() ? years.range(s.years()) : years.chronological(s.years());
    }

    private String oneYear(Slots s, List<Note> notes) {
        if (!s.years().isEmpty()) {
            return s.years().get(0);
        }
        String latest = extent.isEmpty() ? years.latest() : extent.latest();
        notes.add(Note.of("latestYear", latest));
        extentNote(notes);
        partialNote(latest, notes);
        return latest;
    }

    /** A newer year in which only some rows read have a figure is not the default, and the reading says so. */
    private void partialNote(String chosen, List<Note> notes) {
        for (Extent.Read r : extent.tables()) {
            r.newerPartial(chosen).ifPresent(year -> notes.add(Note.of("partialYear", r.table().measure(), r.table().breakdown(), year)));
        }
    }

    /** When the tables read cover different years, the reading says which years each has. */
    private void extentNote(List<Note> notes) {
        if (!extent.differs()) {
            return;
        }
        List<String> args = new java.util.ArrayList<>();
        for (Extent.Read r : extent.tables()) {
            args.addAll(List.of(r.table().measure(), r.table().breakdown(), String.join(",", r.years())));
        }
        notes.add(new Note("extents", List.copyOf(args)));
    }

    private Query change(Slots s, List<String> measures, List<Note> notes) {
        String[] span = span(s, notes);
        return new Query.Change(measures, members(s, notes), span[0], span[1], s.sum() && s.members().size() >= 2);
    }

    private Query movers(Slots s, Entities e, List<String> measures, boolean rising, List<Note> notes) {
        String[] span = span(s, notes);
        return new Query.Movers(measures, breakdown(s), span[0], span[1], count(s, e, 3), rising, s.relative(), !e.has(Role.BOTTOM));
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
        String first = extent.isEmpty() ? years.first() : extent.first();
        String latest = extent.isEmpty() ? years.latest() : extent.latest();
        if (sorted.size() == 1) {
            return new String[] {sorted.get(0), latest};
        }
        notes.add(Note.of("wholeSpan", first, latest));
        extentNote(notes);
        partialNote(latest, notes);
        return new String[] {first, latest};
    }

    /** The breakdown named, else the one of the member named, else the one with most members. */
    private String breakdown(Slots s) {
        if (s.breakdown() != null) {
            return s.breakdown();
        }
        if (!s.members().isEmpty() && data.breakdownOf(s.members().get(0)).isPresent()) {
            return data.breakdownOf(s.members().get(0)).get();
        }
        if (!s.excluded().isEmpty() && data.breakdownOf(s.excluded().get(0)).isPresent()) {
            return data.breakdownOf(s.excluded().get(0)).get();
        }
        return Extents.widest(data);
    }

    /**
     * "top 3" says it; one member named ranks them all, so its place shows; "welke sector" asks for
     * one; otherwise every member of a short list, or five.
     */
    private int count(Slots s, Entities e, int singular) {
        if (s.count() != null) {
            return s.count();
        }
        // the rows ranked: all but the total and the rows left out or said apart ("rank the provinces": five)
        List<String> aside = apart(s, e);
        int ranked = (int) data.membersOf(breakdown(s)).stream()
                .filter(m -> !data.isTotal(m) && !s.excluded().contains(m) && !aside.contains(m)).count();
        if (!e.has(Role.TOP) && !e.has(Role.BOTTOM)) {
            return ranked; // "laagste eerst": the whole list, sorted
        }
        String breakdown = breakdown(s);
        int members = (int) data.membersOf(breakdown).stream().filter(m -> !data.isTotal(m)).count();
        if (s.members().size() == 1 && data.breakdownOf(s.members().get(0)).map(breakdown::equals).orElse(false)) {
            return members; // "op welke plaats staat de horeca": the whole ranking, so its place shows
        }
        long named = s.members().stream().filter(m -> !data.isTotal(m)).count();
        if (named >= 2) {
            return (int) named; // "horeca, bouw of kappers: wie had de meeste": the few named, all in their order
        }
        if (e.has(Role.WHICH) && !namesPlural(e, data.breakdowns().get(breakdown))) {
            return singular == 0 ? 1 : singular;
        }
        return ranked <= DEFAULT_COUNT + 2 ? ranked : DEFAULT_COUNT;
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
