package be.duaalbot.answer;

import be.duaalbot.query.Note;
import be.duaalbot.query.Query;
import be.duaalbot.query.Reading;
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
        String line = p.t("readAs", String.join(p.t("sep"), parts));
        List<String> notes = new ArrayList<>();
        for (Note note : reading.notes()) {
            notes.add(p.t("note." + note.key(), note.args().toArray()));
        }
        return notes.isEmpty() ? line : line + " (" + String.join("; ", notes) + ")";
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
        List<String> parts = new ArrayList<>();
        if (query instanceof Query.Lookup q) {
            if (q.compare()) {
                parts.add(p.t("kind.compare"));
            }
            parts.add(measures(q.measures(), p));
            parts.add(members(q.members(), p));
            parts.add(p.years(q.years()));
        } else if (query instanceof Query.Ranking q) {
            parts.add(p.t(q.top() ? "kind.top" : "kind.bottom", q.count()));
            parts.add(p.breakdown(q.breakdown(), true));
            parts.add(measures(q.measures(), p));
            parts.add(q.year());
        } else if (query instanceof Query.Change q) {
            parts.add(p.t("kind.change"));
            parts.add(measures(q.measures(), p));
            parts.add(members(q.members(), p));
            parts.add(p.t("arrow", q.from(), q.to()));
        } else if (query instanceof Query.Movers q) {
            parts.add(p.t(q.rising() ? "kind.risers" : "kind.fallers") + " (" + p.t(q.relative() ? "kind.relative" : "kind.absolute") + ")");
            parts.add(p.breakdown(q.breakdown(), true));
            parts.add(measures(q.measures(), p));
            parts.add(p.t("arrow", q.from(), q.to()));
        } else if (query instanceof Query.Share q) {
            parts.add(p.t("kind.share"));
            parts.add(measures(q.measures(), p));
            parts.add(members(q.members(), p));
            parts.add(q.year());
        } else if (query instanceof Query.Conversion q) {
            parts.add(p.t("kind.conversion"));
            parts.add(members(q.members(), p));
            parts.add(q.year());
        } else if (query instanceof Query.Explain) {
            parts.add(p.t("kind.explain"));
        }
        return parts;
    }

    private static String measures(List<String> ids, Phrases p) {
        return p.list(ids.stream().map(id -> p.data().measures().containsKey(id) ? p.measure(id) : id).toList());
    }

    private static String members(List<String> members, Phrases p) {
        return members.size() > 6 ? members.size() + " " + p.breakdown(breakdownOf(members, p), true) : p.list(members);
    }

    private static String breakdownOf(List<String> members, Phrases p) {
        return p.data().breakdownOf(members.get(0)).orElse(p.data().breakdowns().keySet().iterator().next());
    }
}
