package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Direction;
import be.duaalbot.data.Role;

/**
 * Reads what a question asks why of: figures it names itself ("waarom daalde horeca in 2020-2021?",
 * "in welke sector daalden ... en waarom": a year, a member other than the total, or which member),
 * and of which movement ("en waarom daalde dat?" a fall). "Waarom groeide het aantal erkenningen?"
 * names none of these and asks only for the minister's explanation.
 */
final class WhyReader {
    private final Dataset data;

    WhyReader(Dataset data) {
        this.data = data;
    }

    boolean ofFigures(Entities e) {
        boolean rows = e.members().stream().anyMatch(m -> !data.isTotal(m));
        return e.has(Role.WHY) && (!e.years().isEmpty() || rows || picks(e));
    }

    /**
     * A which that picks members of the figures: by a ranking or a movement ("in welke sector daalden
     * ..."). A which with nothing to pick by asks which reasons ("what causes does the minister give
     * for the low numbers in some sectors", "welke oorzaken"): the minister's explanation alone.
     */
    private static boolean picks(Entities e) {
        return e.has(Role.WHICH) && !e.namesNothing() && (e.asksMovement() || e.has(Role.TOP) || e.has(Role.BOTTOM));
    }

    static Direction moved(Entities e) {
        if (e.has(Role.FALL) == e.has(Role.RISE)) {
            return Direction.ANY;
        }
        return e.has(Role.FALL) ? Direction.FALL : Direction.RISE;
    }
}
