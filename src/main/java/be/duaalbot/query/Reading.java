package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.List;

/** How a question was read: the query, its language, what was assumed, and its slots for a follow-up. */
public record Reading(Query query, Language language, List<Note> notes, Slots slots) {
}
