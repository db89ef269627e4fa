package be.duaalbot.query;

import be.duaalbot.data.Direction;
import be.duaalbot.data.Language;
import java.util.List;

/**
 * How a question was read: the query, its language, what was assumed, and its slots for a
 * follow-up; whether it asks why (and of which movement: "en waarom daalde dat?" asks of a fall).
 */
public record Reading(Query query, Language language, List<Note> notes, Slots slots, Why why, Direction moved) {

    public Reading(Query query, Language language, List<Note> notes, Slots slots) {
        this(query, language, notes, slots, Why.NONE, Direction.ANY);
    }

    /** The same reading of another query: a "waarom?" asks of exactly the query answered before. */
    public Reading on(Query asked) {
        return new Reading(asked, language, notes, slots, why, moved);
    }
}
