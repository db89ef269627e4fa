package be.duaalbot.answer;

import be.duaalbot.data.Measure;
import be.duaalbot.query.Gap;
import java.util.ArrayList;
import java.util.List;

/** Says what the data lacks, and offers what it has instead. */
final class GapText {
    private GapText() {
    }

    static List<String> lines(List<Gap> gaps, Phrases p) {
        List<String> lines = new ArrayList<>();
        for (Gap gap : gaps) {
            lines.add(line(gap, p));
            if (gap.kind() == Gap.Kind.ROW) {
                List<String> others = otherMeasures(gap.args().get(0), gap.args().get(1), p);
                if (!others.isEmpty()) {
                    lines.add(p.t("gap.ROW.has", p.list(others), gap.args().get(1)));
                }
            }
        }
        return lines;
    }

    /** The closing offer of a reply with no figure: what the tables do cover. */
    static String offer(Phrases p) {
        return p.t("offer", p.years(p.data().schoolYears()));
    }

    private static String line(Gap gap, Phrases p) {
        List<String> a = gap.args();
        return switch (gap.kind()) {
            case YEAR -> p.t("gap.YEAR", a.get(0), a.get(1));
            case ROW -> p.t("gap.ROW", p.measure(a.get(0)), a.get(1));
            case MEASURE -> withoutTable(a.get(0), p);
            case OUTSIDE -> p.t("gap.OUTSIDE", a.get(0), coverage(p));
            case UNKNOWN -> p.t("gap.UNKNOWN", a.get(0), coverage(p));
            case CAVEATS -> caveats(a.get(0), p);
            case CROSSED -> p.t("gap.CROSSED", a.get(0), a.get(1));
            case SPLIT -> p.t("gap.SPLIT", p.breakdown(a.get(1), true), a.get(0));
            case ALL_COMPANIES -> p.t("gap.ALL_COMPANIES", p.measure(a.get(0)));
            case TABLE -> p.t("gap.TABLE", p.measure(a.get(0)), p.breakdown(a.get(1), false));
            case NO_BASE -> p.t("gap.NO_BASE", p.measure(a.get(0)));
            case NO_MOVERS -> p.t("gap.NO_MOVERS." + a.get(4), p.breakdown(a.get(1), false), p.measure(a.get(0)), a.get(2), a.get(3));
            case CROSS -> p.t("gap.CROSS", p.measure(a.get(0)), p.breakdown(a.get(1), true), a.get(2));
            case PLACE -> p.t("gap.PLACE." + a.get(2), placeName(a.get(0), a.get(1)), p.list(gap.placeRows()), a.get(3));
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

    /** What the tables of a measure say they do not show (the duration of agreements, ...). */
    private static String caveats(String measure, Phrases p) {
        List<String> notes = new ArrayList<>();
        for (be.duaalbot.data.Table t : p.data().tablesOf(measure)) {
            t.footnotes().stream().filter(f -> f.schoolYears().isEmpty()).map(f -> f.text().in(p.language()))
                    .filter(text -> !notes.contains(text)).forEach(notes::add);
        }
        return String.join(" ", notes);
    }

    private static String withoutTable(String id, Phrases p) {
        Measure m = p.data().measures().get(id);
        return m.withoutTable() != null ? m.withoutTable().in(p.language()) : p.t("gap.MEASURE", m.name().in(p.language()));
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
