package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Intent;
import be.duaalbot.data.Role;
import be.duaalbot.data.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Third stage: from the entities of a question (and the slots of the previous question in the
 * same conversation) to a {@link Reading}: the query with every default applied, and notes
 * saying how it was read. It never looks at figures; "not understood" is a query too. Its one
 * firm rule: a word that names what is asked and that the bot cannot map is never dropped so
 * that a default answers instead; the reply says what is missing, or asks back.
 */
public final class QueryParser {
    private final Dataset data;
    private final TopicChooser topics;
    private final IntentReader intents;
    private final Extents extents;
    private final Clock clock;
    private final Unknowns unknowns;
    private final WhyReader why;
    private final Operations operations;
    private final WordKnowledge words;
    /** Kinds of names outside the data a question may ask an explanation of (higher education, training programmes, applying anew). */
    private static final Set<String> EXPLAINABLE = Set.of("scope", "breakdown", "applied");

    public QueryParser(Dataset data, Clock clock) {
        this.data = data;
        this.words = new WordKnowledge(data, new Normalizer());
        this.topics = new TopicChooser(data, words);
        this.intents = new IntentReader(data);
        this.extents = new Extents(data);
        this.clock = clock;
        this.unknowns = new Unknowns(data);
        this.why = new WhyReader(data);
        this.operations = new Operations(data);
    }

    public Reading parse(Entities e, Slots previous) {
        List<Note> notes = new ArrayList<>();
        if (e.isSmallTalk()) {
            return reading(new Query.SmallTalk(chat(e)), e, notes, null);
        }
        List<Query.Located> places = unplaced(e, notes);
        if (!e.outside().isEmpty() || !places.isEmpty()) {
            // "kan duaal leren ook in het hoger onderwijs?" asks for an explanation; "hoeveel ... in het hoger onderwijs" a figure
            // "what effect did corona have on the applications, according to the minister": his view of it, not a count
            boolean explain = places.isEmpty() && EXPLAINABLE.containsAll(e.outsideKinds()) && (topics.wanted(e) || topics.ofTheMinister(e));
            // "how much money do the sectors get through the addenda": a passage on what is counted answers it
            boolean counted = places.isEmpty() && e.outsideKinds().equals(Set.of(Population.KIND));
            Optional<Topic> topic = explain ? topics.choose(e) : counted ? topics.ofCounted(e) : Optional.empty();
            if (topic.isPresent()) {
                return reading(new Query.Explain(topic.get().id()), e, notes, null);
            }
            List<String> names = new ArrayList<>(e.outside());
            e.unknownSubjects().stream().map(Leftover::word).filter(w -> !names.contains(w)).forEach(names::add); // "average duration": both words are what is missing
            return reading(new Query.Outside(names, places, e.measures()), e, notes, null);
        }
        // an amount of money: the passage that speaks of it, else no data, never a count of companies
        Optional<String> amount = topics.amount(e);
        if (amount.isPresent()) {
            Optional<Topic> topic = topics.ofAmount(e, amount.get());
            return reading(topic.<Query>map(t -> new Query.Explain(t.id()))
                    .orElseGet(() -> new Query.Outside(List.of(amount.get()), List.of(), e.measures())), e, notes, null);
        }
        // a why of figures the question names, unless a word of it cannot be read: then the minister's explanation
        boolean compound = why.ofFigures(e) && blocking(e).isEmpty();
        Optional<Topic> topic = compound ? Optional.empty() : topics.choose(e);
        if (topic.isPresent()) {
            return reading(new Query.Explain(topic.get().id()), e, notes, null);
        }
        boolean followUp = previous != null && isFollowUp(e);
        if (followUp && e.has(Role.WHY) && e.namesNothing()) {
            // the previous question's figures again, for their reasons (the conversation puts in the very query answered)
            notes.add(Note.of("followUp"));
            Extent extent = extents.of(previous);
            return new Reading(new QueryBuilder(data, resolver(extent), extent).build(previous, e, new ArrayList<>()), e.language(), List.copyOf(notes), previous,
                    Why.ONLY, WhyReader.moved(e));
        }
        if (!followUp && !understood(e)) {
            return reading(new Query.NotUnderstood(), e, notes, null);
        }
        List<String> blocking = blocking(e);
        if (!blocking.isEmpty()) {
            return reading(new Query.Unknown(blocking, unknowns.near(blocking)), e, notes, null);
        }
        Slots slots = slots(e, notes, followUp ? previous : null);
        if (followUp) {
            slots = slots.over(previous);
            notes.add(Note.of("followUp"));
        }
        // a measure without a table (pupils) is no data whatever else is asked: no crossing of names to explain
        if (crosses(slots) && !topics.untabledOnly(e)) {
            return reading(new Query.Crossing(slots.members(), null), e, notes, null);
        }
        Optional<String> within = memberOfOtherBreakdown(slots);
        if (within.isPresent() && slots.intent() != Intent.TOP && slots.intent() != Intent.BOTTOM && !topics.untabledOnly(e)) {
            return reading(new Query.Crossing(List.of(within.get()), slots.breakdown()), e, notes, null); // "per sector in Limburg"
        }
        if (!e.excluded().isEmpty()) {
            notes.add(Note.of("excluded", String.join(", ", e.excluded())));
        }
        if (!slots.included().isEmpty()) {
            notes.add(Note.of("included", String.join(", ", slots.included())));
        }
        if (!e.unknown().isEmpty()) {
            notes.add(Note.of("unknownWords", String.join(", ", e.unknown())));
        }
        // the years of the tables this question reads, not of every table: one may have a year the others lack
        Extent extent = extents.of(slots);
        YearResolver years = resolver(extent);
        Query query = new QueryBuilder(data, years, extent).build(slots, e, notes);
        return compound ? new Reading(operations.check(query, e), e.language(), List.copyOf(notes), slots, Why.ALSO, WhyReader.moved(e))
                : reading(query, e, notes, slots);
    }

    private YearResolver resolver(Extent extent) {
        return new YearResolver(extent.isEmpty() ? data.schoolYears() : extent.years(), clock, words);
    }

    /**
     * The places named that the question does not already answer by their province ("in de
     * provincie Limburg, waar Hasselt ligt": noted, Limburg asked); a place outside Flanders and
     * Brussels is never answered so.
     */
    private List<Query.Located> unplaced(Entities e, List<Note> notes) {
        List<Query.Located> out = new ArrayList<>();
        for (Entities.Named named : e.places()) {
            be.duaalbot.data.Place place = data.places().named(named.key());
            List<String> rows = place.members().stream().filter(e.members()::contains).toList();
            if (rows.isEmpty()) {
                out.add(new Query.Located(named.written(), place));
            } else {
                notes.add(Note.of("placeIn", place.name(), String.join(", ", rows)));
            }
        }
        return out;
    }

    /** Every reading is checked for the operations its words ask: one the query does not do is said, not swapped. */
    private Reading reading(Query query, Entities e, List<Note> notes, Slots slots) {
        return new Reading(operations.check(query, e), e.language(), List.copyOf(notes), slots);
    }

    private static Query.Chat chat(Entities e) {
        if (e.has(Role.SOURCE)) {
            return Query.Chat.SOURCE;
        }
        return e.has(Role.THANKS) ? Query.Chat.THANKS : e.has(Role.HELP) ? Query.Chat.HELP : Query.Chat.GREETING;
    }

    /**
     * The unknown words that would be dropped: those next to what is asked ("ICT-bedrijven",
     * "in de Kempen"), and when the answer would fall back on the Flemish total, any unknown
     * word of the question itself.
     */
    private List<String> blocking(Entities e) {
        if (topics.untabledOnly(e)) {
            return List.of(); // a measure without a table (students) is no data whatever else is asked
        }
        List<Leftover> words = e.unknownSubjects();
        if (words.isEmpty() && fallsBackOnTotal(e)) {
            words = e.unknownAsked();
        }
        return words.stream().map(Leftover::word).distinct().toList();
    }

    private static boolean fallsBackOnTotal(Entities e) {
        return e.members().isEmpty() && e.excluded().isEmpty() && e.breakdowns().isEmpty() && !e.has(Role.TOP)
                && !e.has(Role.BOTTOM) && !e.has(Role.WHICH) && !e.followUp();
    }

    /** The slots the question fills; its years read against the tables it (with the previous question) reads. */
    private Slots slots(Entities e, List<Note> notes, Slots previous) {
        String breakdown = e.breakdowns().isEmpty() ? null : e.breakdowns().get(0);
        Integer count = e.count().isPresent() ? e.count().getAsInt() : null;
        boolean relative = e.has(Role.RELATIVE) || (e.has(Role.PERCENT) && e.asksMovement());
        Intent read = intents.read(e);
        List<String> measures = e.measures().isEmpty() && previous != null ? previous.measures() : e.measures();
        boolean keep = previous != null && e.members().isEmpty() && breakdown == null;
        Extent reads = extents.of(read, measures, keep ? previous.members() : e.members(), keep ? previous.breakdown() : breakdown);
        List<String> named = resolver(reads).resolve(e, notes);
        boolean range = e.yearRange() || (e.years().size() == 1 && named.size() == 2 && (e.has(Role.SINCE) || e.has(Role.RANGE)));
        List<String> rows = e.members().stream().filter(m -> !data.isTotal(m)).toList();
        // "total agreements of the three trade sectors": the total of the rows named, not the Flemish total beside them
        boolean totalOfRows = rows.size() >= 2 && rows.size() < e.members().size() && !e.has(Role.COMPARE);
        // "Brussels included": a row set apart counted in, not a member asked about on its own
        List<String> included = e.has(Role.INCLUDE) ? e.members().stream().filter(this::isApart).toList() : List.of();
        List<String> members = (totalOfRows ? rows : e.members()).stream().filter(m -> !included.contains(m)).toList();
        if (breakdown == null && members.isEmpty() && !included.isEmpty()) {
            breakdown = data.breakdownOf(included.get(0)).orElse(null);
        }
        Intent intent = totalOfRows && read == null ? Intent.SUM : read;
        return new Slots(intent, e.measures(), members, breakdown, named, range, count, relative,
                e.has(Role.SUM) || totalOfRows, e.has(Role.BOTTOM) && !e.has(Role.TOP), e.excluded(), parts(e), included);
    }

    private boolean isApart(String member) {
        return data.breakdowns().values().stream().anyMatch(b -> b.apart().contains(member));
    }

    /** The groups named, each a part to add up on its own, and every other member a part of one. */
    private List<List<String>> parts(Entities e) {
        List<List<String>> parts = new ArrayList<>();
        List<String> inGroups = new ArrayList<>();
        for (String id : e.groups()) {
            List<String> members = data.groups().get(id).members().stream().filter(e.members()::contains).toList();
            parts.add(members);
            inGroups.addAll(members);
        }
        e.members().stream().filter(m -> !inGroups.contains(m)).forEach(m -> parts.add(List.of(m)));
        return parts;
    }

    /**
     * A sector in a province ("bouw in Limburg"): the tables count per province or per sector, never
     * both, so no cell holds it. Only an explicit comparison or sum sets members of two breakdowns side by side.
     */
    private boolean crosses(Slots s) {
        boolean side = s.intent() == Intent.COMPARE || s.intent() == Intent.SUM || s.sum();
        return !side && s.members().stream().filter(m -> !data.isTotal(m)).map(m -> data.breakdownOf(m).orElse(""))
                .distinct().count() > 1;
    }

    /** A member named with a breakdown it is not part of ("per sector binnen Limburg"). */
    private Optional<String> memberOfOtherBreakdown(Slots s) {
        if (s.breakdown() == null) {
            return Optional.empty();
        }
        return s.members().stream().filter(m -> !data.isTotal(m))
                .filter(m -> !data.breakdownOf(m).map(s.breakdown()::equals).orElse(true)).findFirst();
    }

    private static boolean isFollowUp(Entities e) {
        if (e.followUp() || e.has(Role.THOSE) || (e.has(Role.WHY) && e.namesNothing())) {
            return true;
        }
        int named = (e.measures().isEmpty() ? 0 : 1) + (e.members().isEmpty() ? 0 : 1)
                + (e.years().isEmpty() ? 0 : 1) + (e.breakdowns().isEmpty() ? 0 : 1);
        return named == 1 && e.wordCount() <= 4 && e.unreadAsked().isEmpty() && !e.has(Role.QUANTITY);
    }

    /** Questions must name something of the data, or ask how many companies take part. */
    private static boolean understood(Entities e) {
        boolean asks = e.has(Role.QUANTITY) || e.has(Role.DOMAIN);
        if (!e.unreadAsked().isEmpty() && e.measures().isEmpty() && !e.has(Role.DOMAIN) && e.outside().isEmpty() && e.places().isEmpty()) {
            return false;
        }
        return !e.namesNothing() || !e.outside().isEmpty() || !e.places().isEmpty()
                || (asks && (e.has(Role.DOMAIN) || e.has(Role.TOP) || e.has(Role.RISE) || e.has(Role.FALL)));
    }
}
