package be.duaalbot.answer;

import be.duaalbot.data.Measure;
import be.duaalbot.data.Table;
import be.duaalbot.query.Gap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says what the data lacks, and offers what it has instead: for the tables the question read,
 * their own years ("overeenkomsten per provincie: 2019-2020 t/m 2022-2023"), never those of every
 * table. Rows without a figure in a year their table has are said together, named or counted.
 */
final class GapText {
    /** Up to this many rows without a figure are named; more are counted. */
    private static final int NAMED = 5;

    private GapText() {
    }

    static List<String> lines(List<Gap> gaps, Phrases p) {
        List<String> lines = new ArrayList<>();
        Map<List<String>, List<String>> noFigure = new LinkedHashMap<>();
        for (Gap gap : gaps) {
            if (gap.kind() == Gap.Kind.NO_FIGURE) {
                noFigure.computeIfAbsent(gap.args().subList(0, 3), k -> new ArrayList<>()).add(gap.args().get(3));
                continue;
            }
            lines.add(capitalized(line(gap, p)));
            if (gap.kind() == Gap.Kind.ROW) {
                List<String> others = otherMeasures(gap.args().get(0), gap.args().get(1), p);
                if (!others.isEmpty()) {
                    lines.add(p.named("gap.ROW.has", "others", p.list(others), "member", p.member(gap.args().get(1))));
                }
            }
        }
        noFigure.forEach((table, members) -> {
            lines.add(noFigure(table, members, p));
            if (members.size() == 1) { // one row without a figure: the years it does have
                p.data().table(table.get(0), table.get(1)).map(t -> t.yearsOf(members.get(0))).filter(y -> !y.isEmpty())
                        .ifPresent(y -> lines.add(p.named("gap.NO_FIGURE.has", "member", p.member(members.get(0)), "span", p.years(y))));
            }
        });
        return lines;
    }

    /** The closing offer of a reply with no figure: the years of the tables it read, or what all tables cover. */
    static String offer(List<Gap> gaps, Phrases p) {
        List<String> tables = new ArrayList<>();
        for (Gap gap : gaps) {
            read(gap).flatMap(mb -> p.data().table(mb[0], mb[1])).map(t -> Coverage.table(t, p))
                    .filter(t -> !tables.contains(t)).ifPresent(tables::add);
        }
        return tables.isEmpty() ? p.t("offer") : p.named("offer.tables", "tables", String.join("; ", tables));
    }

    /** A line that opens with a measure's name ("leerlingen en erkenningen tel ik niet op") starts a sentence. */
    private static String capitalized(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The measure and breakdown of the table a gap is about, when it is about one. */
    private static Optional<String[]> read(Gap gap) {
        List<String> a = gap.args();
        if (gap.kind() == Gap.Kind.YEAR && a.size() >= 4) {
            return Optional.of(new String[] {a.get(2), a.get(3)});
        }
        boolean rows = gap.kind() == Gap.Kind.NO_FIGURE || gap.kind() == Gap.Kind.PARTIAL;
        return rows ? Optional.of(new String[] {a.get(0), a.get(1)}) : Optional.empty();
    }

    /** "Binnenvaart en Textiel", or "de 19 andere" when there are more than a few. */
    static String namesOrCount(List<String> names, Phrases p) {
        return names.size() <= NAMED ? p.members(names) : p.named("gap.others", "count", names.size());
    }

    private static String line(Gap gap, Phrases p) {
        List<String> a = gap.args();
        return switch (gap.kind()) {
            case YEAR -> p.named("gap.YEAR", "year", a.get(0), "span", p.years(List.of(a.get(1).split(", "))),
                    "measure", p.measure(a.get(2)), "breakdown", p.breakdown(a.get(3), false));
            case ROW -> p.named("gap.ROW", "measure", p.measure(a.get(0)), "member", p.member(a.get(1)));
            case MEASURE -> withoutTable(a.get(0), p);
            case OUTSIDE -> p.named("gap.OUTSIDE", "names", a.get(0), "coverage", coverage(p));
            case UNKNOWN -> p.named("gap.UNKNOWN", "words", a.get(0), "coverage", coverage(p));
            case CAVEATS -> caveats(a.get(0), p);
            case CROSSED -> p.named("gap.CROSSED", "member", p.member(a.get(0)), "other", p.member(a.get(1)));
            case SPLIT -> p.named("gap.SPLIT", "plural", p.breakdown(a.get(1), true), "member", p.member(a.get(0)));
            case ALL_COMPANIES -> p.named("gap.ALL_COMPANIES", "measure", p.measure(a.get(0)), "unit", p.unit(a.get(0)));
            case TABLE -> p.named("gap.TABLE", "measure", p.measure(a.get(0)), "breakdown", p.breakdown(a.get(1), false));
            case NO_BASE -> p.named("gap.NO_BASE", "measure", p.measure(a.get(0)));
            case NO_MOVERS -> p.named("gap.NO_MOVERS." + a.get(4), "breakdown", p.breakdown(a.get(1), false), "measure", p.measure(a.get(0)),
                    "from", a.get(2), "to", a.get(3));
            case CROSS -> p.named("gap.CROSS", "measure", p.measure(a.get(0)), "plural", p.breakdown(a.get(1), true), "member", p.member(a.get(2)));
            case NO_FIGURE -> noFigure(a.subList(0, 3), List.of(a.get(3)), p);
            case PARTIAL -> partial(a, p);
            case UNITS -> units(a.get(0), p.data().measures().get(a.get(1)), p.data().measures().get(a.get(2)), p);
            case PLACE -> p.t("gap.PLACE." + a.get(2), placeName(a.get(0), a.get(1)), p.members(gap.placeRows()), a.get(3));
            case OPERATION -> hint(a.get(0), a.get(1), p);
        };
    }

    /** The place as the data writes it ("Gent"), or as the question did, with the data's name ("Ghent (Gent)"). */
    private static String placeName(String written, String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        if (plain.equals(written.replace('-', ' '))) {
            return name;
        }
        StringBuilder out = new StringBuilder(written.length());
        for (String part : written.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out + " (" + name + ")";
    }

    /** The operation that cannot be done, and what can be done instead where there is such a thing. */
    private static String hint(String operation, String words, Phrases p) {
        String what = p.t("op." + operation) + (words.isEmpty() ? "" : " " + p.t("op.of", words));
        String line = p.t("gap.OPERATION", what);
        String hint = p.t("op.hint." + operation);
        return hint.isBlank() ? line : line + " " + hint;
    }

    /** Rows of one table without a figure for a year it has: named when few, else counted. */
    private static String noFigure(List<String> table, List<String> members, Phrases p) {
        String measure = p.measure(table.get(0));
        if (members.size() <= NAMED) {
            return p.named("gap.NO_FIGURE", "year", table.get(2), "measure", measure, "breakdown", p.breakdown(table.get(1), false),
                    "missing", p.members(members));
        }
        int all = p.data().table(table.get(0), table.get(1)).map(t -> t.memberRows().size()).orElse(members.size());
        return p.named("gap.NO_FIGURE.count", "year", table.get(2), "count", members.size(), "all", all,
                "plural", p.breakdown(table.get(1), true), "measure", measure);
    }

    /** A ranking over rows of which only some have figures: how many have, and which do not. */
    private static String partial(List<String> a, Phrases p) {
        return p.named("gap.PARTIAL", "when", p.list(List.of(a.get(2).split(","))), "have", a.get(3), "all", a.get(4),
                "plural", p.breakdown(a.get(1), true), "measure", p.measure(a.get(0)), "missing", namesOrCount(a.subList(5, a.size()), p));
    }

    /** A sum or comparison of measures the data does not let go together, and why. */
    private static String units(String operation, Measure a, Measure b, Phrases p) {
        String why;
        if (!a.unit().equals(b.unit())) {
            why = p.named("units.differ", "unitA", a.unit().in(p.language()), "unitB", b.unit().in(p.language()));
        } else if (a.convertsTo(b) || b.convertsTo(a)) {
            Measure part = a.convertsTo(b) ? a : b;
            Measure whole = part == a ? b : a;
            why = p.named("units.subset", "part", p.measure(part.id()), "whole", p.measure(whole.id()), "unit", p.unit(a.id()));
        } else {
            why = p.t("units.declared");
        }
        return p.named("gap.UNITS." + operation, "a", p.measure(a.id()), "b", p.measure(b.id()), "why", why);
    }

    /** What the tables of a measure say they do not show (the duration of agreements, ...). */
    private static String caveats(String measure, Phrases p) {
        List<String> notes = new ArrayList<>();
        for (Table t : p.data().tablesOf(measure)) {
            t.footnotes().stream().filter(f -> f.schoolYears().isEmpty()).map(f -> f.text().in(p.language()))
                    .filter(text -> !notes.contains(text)).forEach(notes::add);
        }
        return String.join(" ", notes);
    }

    private static String withoutTable(String id, Phrases p) {
        Measure m = p.data().measures().get(id);
        return m.withoutTable() != null ? m.withoutTable().in(p.language()) : p.named("gap.MEASURE", "measure", m.name().in(p.language()));
    }

    private static List<String> otherMeasures(String measure, String member, Phrases p) {
        return p.data().measuresWithTables().stream()
                .filter(m -> !m.equals(measure) && p.data().tableWith(m, member).isPresent())
                .map(p::measure).toList();
    }

    /** "Brussels H. Gewest, Provincie Antwerpen, ... en 22 sectoren": short lists named, long ones counted. */
    private static String coverage(Phrases p) {
        List<String> parts = new ArrayList<>();
        for (String b : p.data().breakdowns().keySet()) {
            List<String> members = p.data().membersOf(b).stream().filter(m -> !p.data().isTotal(m)).toList();
            parts.add(members.size() <= 7 ? String.join(", ", members) : members.size() + " " + p.breakdown(b, true));
        }
        return p.list(parts);
    }
}
