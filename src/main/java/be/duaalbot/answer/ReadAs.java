package be.duaalbot.answer;

import be.duaalbot.query.Note;
import be.duaalbot.query.Query;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Why;
import java.util.ArrayList;
import java.util.List;

/**
 * The one line that shows how a question was read ({@code overeenkomsten · Horeca · 2022-2023}),
 * with what was assumed in brackets, so that a misreading shows at once.
 */
final class ReadAs {
    private ReadAs() {
    }

    static String line(Reading reading, Phrases p) {
        List<String> parts = parts(reading.query(), p);
        if (parts.isEmpty()) {
            return "";
        }
        if (reading.why() == Why.ONLY) {
            parts.add(0, p.t("kind.why")); // the why of these figures, not the figures again
        } else if (reading.why() == Why.ALSO) {
            parts.add(p.t("kind.alsoWhy"));
        }
        String line = p.t("readAs", String.join(p.t("sep"), parts));
        List<String> notes = new ArrayList<>();
        for (Note note : reading.notes()) {
            notes.add(note(note, p));
        }
        return notes.isEmpty() ? line : line + " (" + String.join("; ", notes) + ")";
    }

    /** A note in words; those about tables name them from the data. */
    private static String note(Note note, Phrases p) {
        return switch (note.key()) {
            case "extents" -> extents(note, p);
            case "partialYear" -> partialYear(note, p);
            default -> p.t("note." + note.key(), note.args().toArray());
        };
    }

    /** A newer year left out of a default because only some rows have it: (measure, breakdown, year). */
    private static String partialYear(Note note, Phrases p) {
        List<String> a = note.args();
        be.duaalbot.data.Table t = p.data().table(a.get(0), a.get(1)).orElseThrow();
        int all = t.memberRows().size();
        return p.named("note.partialYear", "year", a.get(2), "have", all - t.membersWithout(a.get(2)).size(), "all", all,
                "plural", p.breakdown(a.get(1), true), "measure", p.measure(a.get(0)));
    }

    /** The tables read and the years of each, when they differ: (measure, breakdown, years) per table. */
    private static String extents(Note note, Phrases p) {
        List<String> tables = new ArrayList<>();
        List<String> a = note.args();
        for (int i = 0; i + 2 < a.size(); i += 3) {
            List<String> years = List.of(a.get(i + 2).split(","));
            p.data().table(a.get(i), a.get(i + 1)).ifPresent(t -> tables.add(Coverage.table(t, years, p)));
        }
        return p.named("note.extents", "tables", String.join("; ", tables));
    }

    /** The same parts without the prefix and the notes: a chart's title. */
    static String title(Reading reading, Phrases p) {
        List<String> parts = parts(reading.query(), p);
        if (!parts.isEmpty()) {
            parts.set(0, Character.toUpperCase(parts.get(0).charAt(0)) + parts.get(0).substring(1));
        }
        return String.join(p.t("sep"), parts);
    }

    private static List<String> parts(Query query, Phrases p) {
        return new ArrayList<>(query.accept(new Parts(p)));
    }

    /** The parts of the line per kind of query; empty where there is nothing to read back. */
    private record Parts(Phrases p) implements Query.Visitor<List<String>> {
        public List<String> lookup(Query.Lookup q) {
            List<String> parts = new ArrayList<>();
            if (q.combine() != Query.Combine.LIST) {
                parts.add(p.t(q.combine() == Query.Combine.SUM ? "kind.sum" : "kind.compare"));
            }
            parts.addAll(List.of(measures(q.measures(), p), members(q.members(), p), p.years(q.years())));
            return parts;
        }

        public List<String> ranking(Query.Ranking q) {
            String kind = p.t(q.top() ? "kind.top" : "kind.bottom", q.count());
            // an order asked against the grain of the list is read back: "top 3 (laagste eerst)"
            String order = q.ascending() == q.top() ? " (" + p.t(q.ascending() ? "kind.ascending" : "kind.descending") + ")" : "";
            return List.of(kind + order, p.breakdown(q.breakdown(), true), measures(q.measures(), p), q.year());
        }

        public List<String> years(Query.YearRanking q) {
            String kind = q.change() ? (q.top() ? "kind.yearsRise" : "kind.yearsFall") : (q.top() ? "kind.yearsTop" : "kind.yearsBottom");
            return List.of(p.t(kind), measures(q.measures(), p), members(q.members(), p));
        }

        public List<String> change(Query.Change q) {
            return List.of(p.t(q.sum() ? "kind.sum" : "kind.change"), measures(q.measures(), p), members(q.members(), p),
                    p.t("arrow", q.from(), q.to()));
        }

        public List<String> movers(Query.Movers q) {
            return List.of(p.t(q.rising() ? "kind.risers" : "kind.fallers") + " (" + p.t(q.relative() ? "kind.relative" : "kind.absolute") + ")",
                    p.breakdown(q.breakdown(), true), measures(q.measures(), p), p.t("arrow", q.from(), q.to()));
        }

        public List<String> share(Query.Share q) {
            String total = q.measures().isEmpty() || !p.data().measures().containsKey(q.measures().get(0)) ? "" : p.member(p.total(q.measures().get(0)));
            return List.of(p.named("kind.share", "total", total), measures(q.measures(), p), members(q.members(), p), q.year());
        }

        public List<String> conversion(Query.Conversion q) {
            be.duaalbot.data.Measure part = p.data().measures().values().stream().filter(m -> !m.subsetOf().isEmpty()).findFirst().orElseThrow();
            String kind = p.named("kind.conversion", "part", part.name().in(p.language()), "whole", p.measure(part.subsetOf()))
                    + (q.count() > 0 ? " (" + p.t(q.top() ? "kind.top" : "kind.bottom", q.count()) + ")" : "");
            return List.of(kind, members(q.members(), p), q.year());
        }

        public List<String> ratio(Query.Ratio q) {
            return RatioText.readAs(q, p);
        }

        public List<String> average(Query.Average q) {
            return AverageText.readAs(q, p);
        }

        public List<String> explain(Query.Explain q) {
            return List.of(p.t("kind.explain"));
        }

        public List<String> outside(Query.Outside q) {
            List<String> parts = new ArrayList<>();
            if (!q.names().isEmpty()) {
                parts.add(p.t("kind.unknown") + ": " + String.join(", ", q.names()));
            }
            if (!q.places().isEmpty()) {
                parts.add(p.t("kind.place") + ": " + String.join(", ", q.places().stream().map(l -> l.place().name()).toList()));
            }
            return parts;
        }

        public List<String> crossing(Query.Crossing q) {
            return List.of(p.members(q.members()));
        }

        public List<String> unknown(Query.Unknown q) {
            return List.of(p.t("kind.unknown") + ": " + String.join(", ", q.words()));
        }

        /** The operation that cannot be done first, then the rest of the reading. */
        public List<String> unsupported(Query.Unsupported q) {
            List<String> parts = new ArrayList<>();
            parts.add(p.t("kind.unsupported", p.t("op." + q.missing().name())));
            parts.addAll(q.read().accept(this));
            return parts;
        }

        public List<String> smallTalk(Query.SmallTalk q) {
            return List.of();
        }

        public List<String> notUnderstood(Query.NotUnderstood q) {
            return List.of();
        }
    }

    static String measures(List<String> ids, Phrases p) {
        return p.list(ids.stream().map(id -> p.data().measures().containsKey(id) ? p.measure(id) : id).toList());
    }

    static String members(List<String> members, Phrases p) {
        return members.size() > 6 ? members.size() + " " + p.breakdown(breakdownOf(members, p), true) : p.members(members);
    }

    static String breakdownOf(List<String> members, Phrases p) {
        return p.data().breakdownOf(members.get(0)).orElse(p.data().breakdowns().keySet().iterator().next());
    }
}
