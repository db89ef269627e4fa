package be.duaalbot.answer;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Direction;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Scope;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which passages of the minister's prose speak about an answer's figures: each figure, with the
 * way it moved from the school year before (read from the data), against the scopes of every
 * topic. What applies comes most specific first. When nothing does, the closest general passage
 * (one that names no member) is there for an honest "he gives no reason for these; in general ...".
 */
final class Reasons {
    /** A scope that applies, with the members of the answer it applies to, in the answer's order. */
    record Match(Topic topic, Scope scope, List<String> members) { }

    private record Fact(Figure figure, Direction moved) { }

    private final Dataset data;
    private final Set<Intent> kinds;
    private final List<Fact> facts = new ArrayList<>();
    private final List<String> members;

    /** The figures of an answer of these kinds; with a direction asked, only the figures that moved that way. */
    Reasons(Dataset data, List<Figure> figures, Set<Intent> kinds, Direction asked) {
        this.data = data;
        this.kinds = kinds;
        boolean change = kinds.contains(Intent.CHANGE) || kinds.contains(Intent.RISERS) || kinds.contains(Intent.FALLERS);
        for (Figure f : figures) {
            Direction moved = change ? step(f, figures) : moved(f);
            if (asked == Direction.ANY || asked == moved) {
                facts.add(new Fact(f, moved));
            }
        }
        this.members = figures.stream().map(Figure::member).distinct().toList();
    }

    /** False when a movement was asked of figures none of which moved that way. */
    boolean any() {
        return !facts.isEmpty();
    }

    /** Every scope some figure falls in, the most specific first (the file's order among equals). */
    List<Match> applying() {
        List<Match> out = new ArrayList<>();
        for (Topic topic : data.topics()) {
            for (Scope scope : topic.scopes()) {
                List<String> covered = facts.stream().filter(f -> closeness(scope, f) == full(scope))
                        .map(f -> f.figure().member()).distinct().toList();
                if (!covered.isEmpty()) {
                    out.add(new Match(topic, scope, covered));
                }
            }
        }
        out.sort(Comparator.comparingInt((Match m) -> full(m.scope())).reversed());
        return out;
    }

    /** True when the answer holds members a match does not cover: its line then says which it is for. */
    boolean partly(Match m) {
        return m.scope().namesMembers() && m.members().size() < members.size();
    }

    /**
     * The general passage (its scopes name no member or breakdown) that shares most with the figures:
     * the sum over its scopes of what each shares (the corona passage speaks of agreements in one scope
     * and of 2020-2021 in another), less a movement opposite to the figures'; the file's order among equals.
     */
    Optional<Topic> closest() {
        Topic best = null;
        int most = -1;
        for (Topic topic : data.topics()) {
            if (topic.scopes().isEmpty() || topic.scopes().stream().anyMatch(Reasons::hasMembers)) {
                continue;
            }
            int near = topic.scopes().stream()
                    .mapToInt(s -> Math.max(0, facts.stream().mapToInt(f -> closeness(s, f) - opposite(s, f)).max().orElse(0))).sum();
            if (near > most) {
                most = near;
                best = topic;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A passage on a rise is no explanation of a fall: it counts against the passage as much as a match counts for it. */
    private static int opposite(Scope s, Fact f) {
        return s.direction() != Direction.ANY && f.moved() != Direction.ANY && s.direction() != f.moved() ? 3 : 0;
    }

    /** The members of the figures (that moved as asked) no passage speaks about. */
    List<String> unexplained(List<Match> matches) {
        return facts.stream().map(f -> f.figure().member()).distinct()
                .filter(m -> matches.stream().noneMatch(x -> x.members().contains(m))).toList();
    }

    /**
     * What a scope and a figure share, weighed so that the more specific passage comes first: the kind of
     * answer it names (a conversion rate), the members, the measure, a direction, the years.
     */
    private int closeness(Scope s, Fact f) {
        Figure figure = f.figure();
        int near = 0;
        near += !s.measures().isEmpty() && s.measures().contains(figure.measure()) ? 4 : 0;
        near += hasYears(s) && inYears(s, figure.schoolYear()) ? 2 : 0;
        near += hasMembers(s) && inMembers(s, figure) ? 8 : 0;
        near += s.direction() != Direction.ANY && s.direction() == f.moved() ? 3 : 0;
        near += !s.kinds().isEmpty() && s.kinds().stream().anyMatch(kinds::contains) ? 16 : 0;
        return near;
    }

    /** The closeness of a figure that is in every respect the scope names. */
    private static int full(Scope s) {
        return (s.measures().isEmpty() ? 0 : 4) + (hasYears(s) ? 2 : 0) + (hasMembers(s) ? 8 : 0)
                + (s.direction() == Direction.ANY ? 0 : 3) + (s.kinds().isEmpty() ? 0 : 16);
    }

    private static boolean hasYears(Scope s) {
        return !s.years().isEmpty() || !s.fromYear().isEmpty();
    }

    private static boolean hasMembers(Scope s) {
        return s.namesMembers() || !s.breakdowns().isEmpty();
    }

    private boolean inYears(Scope s, String year) {
        List<String> all = data.schoolYears();
        return s.years().contains(year) || !s.fromYear().isEmpty() && all.indexOf(year) >= all.indexOf(s.fromYear());
    }

    private boolean inMembers(Scope s, Figure f) {
        return s.members().contains(f.member()) || s.breakdowns().contains(f.breakdown())
                || s.groups().stream().anyMatch(g -> data.groups().get(g).members().contains(f.member()));
    }

    /**
     * In an answer of changes, the way the figure moved from the first year of its change, for the
     * figure the change ends in; the one it starts from has moved nowhere (its own change is not asked).
     */
    private Direction step(Figure f, List<Figure> figures) {
        List<Figure> same = figures.stream().filter(g -> g.measure().equals(f.measure()) && g.member().equals(f.member()))
                .sorted(Comparator.comparingInt(g -> data.schoolYears().indexOf(g.schoolYear()))).toList();
        if (same.size() < 2 || same.get(same.size() - 1) != f) {
            return Direction.ANY;
        }
        int from = same.get(0).value();
        return f.value() == from ? Direction.ANY : f.value() > from ? Direction.RISE : Direction.FALL;
    }

    /** Up or down from the school year before, as the data has it; {@code ANY} for the first year or no change. */
    private Direction moved(Figure f) {
        int at = data.schoolYears().indexOf(f.schoolYear());
        if (at <= 0) {
            return Direction.ANY;
        }
        OptionalInt before = data.tableWith(f.measure(), f.member())
                .map(t -> t.value(f.member(), data.schoolYears().get(at - 1))).orElse(OptionalInt.empty());
        if (before.isEmpty() || before.getAsInt() == f.value()) {
            return Direction.ANY;
        }
        return f.value() > before.getAsInt() ? Direction.RISE : Direction.FALL;
    }
}
