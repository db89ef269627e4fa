package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Third stage: from the entities of a question (and the slots of the previous question in the
 * same conversation) to a {@link Reading}: the query with every default applied, and notes
 * saying how it was read. It never looks at figures; "not understood" is a query too.
 */
public final class QueryParser {
    private final Dataset data;
    private final TopicMatcher topics;
    private final IntentReader intents;
    private final YearResolver years;
    private final QueryBuilder builder;

    public QueryParser(Dataset data, Clock clock) {
        this.data = data;
        this.topics = new TopicMatcher(data, new Normalizer());
        this.intents = new IntentReader(data);
        this.years = new YearResolver(data.schoolYears(), clock);
        this.builder = new QueryBuilder(data, years);
    }

    public Reading parse(Entities e, Slots previous) {
        List<Note> notes = new ArrayList<>();
        // the topic keywords are only read where an explanation can win: most questions name a cell
        Optional<Topic> topic = isAnchored(e) && (prefersTopic(e) || !understood(e))
                ? topics.best(e.normalized()) : Optional.empty();
        if (topic.isPresent() && prefersTopic(e)) {
            return reading(new Query.Explain(topic.get().id()), e, notes, null);
        }
        boolean followUp = previous != null && isFollowUp(e);
        if (followUp && e.has("why") && e.namesNothing()) {
            Optional<Topic> why = explaining(previous.intent());
            if (why.isPresent()) {
                return reading(new Query.Explain(why.get().id()), e, notes, previous);
            }
        }
        if (!followUp && !understood(e)) {
            return reading(topic.<Query>map(t -> new Query.Explain(t.id())).orElse(new Query.NotUnderstood()), e, notes, null);
        }
        if (!e.outside().isEmpty() && e.members().isEmpty()) {
            return reading(new Query.Outside(e.outside()), e, notes, null);
        }
        Slots slots = slots(e, notes);
        if (followUp) {
            slots = slots.over(previous);
            notes.add(Note.of("followUp"));
        }
        if (!e.unknown().isEmpty()) {
            notes.add(Note.of("unknownWords", String.join(", ", e.unknown())));
        }
        if (!e.outside().isEmpty()) {
            notes.add(Note.of("outside", String.join(", ", e.outside())));
        }
        return reading(builder.build(slots, e, notes), e, notes, slots);
    }

    private Reading reading(Query query, Entities e, List<Note> notes, Slots slots) {
        return new Reading(query, e.language(), List.copyOf(notes), slots);
    }

    private Slots slots(Entities e, List<Note> notes) {
        String breakdown = e.breakdowns().isEmpty() ? null : e.breakdowns().get(0);
        Integer count = e.count().isPresent() ? e.count().getAsInt() : null;
        boolean movement = e.has("rise") || e.has("fall") || e.has("change") || e.has("trend");
        boolean relative = e.has("relative") || (e.has("percent") && movement);
        List<String> named = years.resolve(e, notes);
        boolean range = e.yearRange() || (e.years().size() == 1 && named.size() == 2 && (e.has("since") || e.has("range")));
        return new Slots(intents.read(e), e.measures(), e.members(), breakdown, named, range, count, relative);
    }

    /**
     * An explanation beats the tables when asked why, or asked of the minister, or when no cell
     * is named; but "how many" of a named measure is a question for the tables.
     */
    private static boolean prefersTopic(Entities e) {
        boolean analysis = e.has("top") || e.has("bottom") || e.has("share") || e.has("percent")
                || e.has("rise") || e.has("fall") || e.has("change") || e.has("trend") || e.count().isPresent();
        boolean counting = e.has("quantity") && !e.measures().isEmpty();
        return e.has("why") || e.has("minister")
                || (e.members().isEmpty() && e.years().isEmpty() && !analysis && !counting);
    }

    /** Explanations are for questions about dual learning: a keyword alone ("premie" in "premier") is not enough. */
    private static boolean isAnchored(Entities e) {
        return !e.namesNothing() || e.has("domain") || e.has("minister");
    }

    private static boolean isFollowUp(Entities e) {
        if (e.followUp() || e.has("those") || (e.has("why") && e.namesNothing())) {
            return true;
        }
        int named = (e.measures().isEmpty() ? 0 : 1) + (e.members().isEmpty() ? 0 : 1)
                + (e.years().isEmpty() ? 0 : 1) + (e.breakdowns().isEmpty() ? 0 : 1);
        return named == 1 && e.wordCount() <= 4 && e.unknown().isEmpty() && !e.has("quantity");
    }

    /** Questions must name something of the data, or ask how many companies take part. */
    private static boolean understood(Entities e) {
        boolean asks = e.has("quantity") || e.has("domain");
        if (!e.unknown().isEmpty() && e.measures().isEmpty() && !e.has("domain")) {
            return false;
        }
        return !e.namesNothing() || (asks && (e.has("domain") || e.has("top") || e.has("rise") || e.has("fall")));
    }

    private Optional<Topic> explaining(Intent intent) {
        String name = intent == null ? Intent.LOOKUP.name() : intent.name();
        return data.topics().stream().filter(t -> t.explains().contains(name)).findFirst();
    }
}
