package be.duaalbot.answer;

import be.duaalbot.data.Direction;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Source;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The minister's why of an answer's figures in words, each line attributed ("Volgens de minister
 * ... (antwoord 6).") and no firmer than his text: under a figure answer the one most specific
 * line; asked why, every line that applies, or, where he explains nothing for these figures, that
 * plainly, with his closest general explanation labelled as such.
 */
final class WhyText {
    private static final int MAX_LINES = 3;
    private static final int MAX_MEMBERS = 3;
    /** The general explanation beside figures: its first sentences, the rest is one "waarom?" away. */
    private static final int BRIEF = 320;

    private final Phrases p;
    private final Reasons all;
    private final Reasons asked;
    private final Direction direction;
    private final Set<Topic> said = new LinkedHashSet<>();

    WhyText(List<Figure> figures, Set<Intent> kinds, Direction direction, Phrases p) {
        this.p = p;
        this.direction = direction;
        this.all = new Reasons(p.data(), figures, kinds, Direction.ANY);
        this.asked = direction == Direction.ANY ? all : new Reasons(p.data(), figures, kinds, direction);
    }

    /** The one short line a figure answer carries: the most specific passage about its figures, if any. */
    List<String> line() {
        // one that speaks of all the answer's members before one that speaks of some ("Voor Chemie: ...")
        return all.applying().stream().filter(m -> !m.scope().restatesFootnote())
                .sorted(java.util.Comparator.comparing(all::partly)).findFirst()
                .map(m -> List.of(line(m, all))).orElse(List.of());
    }

    /** Every line that applies (at most three), or plainly that none does and the closest general explanation. */
    List<String> lines(boolean brief) {
        List<String> out = new ArrayList<>();
        Reasons r = asked;
        if (!asked.any()) {
            out.add(p.t(direction == Direction.FALL ? "why.noFall" : "why.noRise"));
            r = all;
        }
        List<Reasons.Match> matches = r.applying();
        if (matches.isEmpty()) {
            out.add(p.t("why.none"));
            r.closest().ifPresent(t -> {
                said.add(t);
                String text = t.answer().in(p.language());
                out.add(p.t("why.general", section(t), brief ? sentences(text, BRIEF) : text));
            });
            return out;
        }
        for (Reasons.Match m : matches.stream().sorted(java.util.Comparator.comparing(r::partly)).toList()) {
            String line = line(m, r);
            if (out.size() < MAX_LINES && !out.contains(line)) {
                out.add(line);
            }
        }
        List<String> unexplained = r.unexplained(matches);
        if (!unexplained.isEmpty()) {
            out.add(p.t("why.noneFor", members(unexplained)));
        }
        return out;
    }

    /** The source of each passage said, with its answers ("antwoord 2, 6"); after {@link #lines}. */
    String source() {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        said.forEach(t -> sections.computeIfAbsent(t.source(), s -> new LinkedHashSet<>()).add(t.section()));
        List<String> lines = new ArrayList<>();
        sections.forEach((id, parts) -> {
            Source source = p.data().sources().get(id);
            lines.add(Provenance.source(source, String.join(", ", parts.stream().filter(s -> !s.isEmpty()).toList()), p));
        });
        return String.join("\n", lines);
    }

    private String line(Reasons.Match m, Reasons r) {
        said.add(m.topic());
        String line = m.scope().line().in(p.language());
        String attributed = m.topic().section().isEmpty() ? p.t("why.bare", line) : p.t("why.line", line, m.topic().section());
        return r.partly(m) ? p.t("why.for", members(m.members()), lowerFirst(attributed)) : attributed;
    }

    private String section(Topic t) {
        return t.section().isEmpty() ? "" : p.t("why.section", t.section());
    }

    private String members(List<String> members) {
        if (members.size() <= MAX_MEMBERS) {
            return p.members(members);
        }
        return String.join(", ", members.subList(0, MAX_MEMBERS).stream().map(p::member).toList()) + p.t("why.more", members.size() - MAX_MEMBERS);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Whole sentences from the start, within {@code max} characters (at least the first). */
    private static String sentences(String text, int max) {
        int end = text.indexOf(". ");
        int next = end;
        while (next > 0 && next + 1 <= max) {
            end = next;
            next = text.indexOf(". ", next + 2);
        }
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
