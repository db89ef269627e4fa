package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Role;
import be.duaalbot.data.Topic;
import be.duaalbot.data.WordClass;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a question asks for one of the minister's explanations rather than for the
 * tables, and which: when asked why or of the minister, when nothing asks for a number, or when
 * the words the tables cannot read are the topic's own ("premies vanaf september 2023") and no
 * cell is asked. A question on a measure without a table (students) is told apart too. The
 * decision is a list of named rules tried in order (Duckling style, examples in the corpus,
 * {@code topic-rules.txt}): the first that applies decides, an explanation or none.
 */
final class TopicChooser {
    /** A named rule: the explanation it gives (empty: none, the tables answer), or null when it does not apply. */
    record Rule(String name, java.util.function.Function<Entities, Optional<Topic>> decide) { }

    /** The kind of a breakdown the tables lack: a measure with a table "per paritair comite" asks its figures so, not a passage. */
    private static final String BREAKDOWN = "breakdown";

    private final Dataset data;
    private final WordKnowledge words;
    private final TopicMatcher matcher;
    private final List<Rule> rules;

    TopicChooser(Dataset data, WordKnowledge words) {
        this.data = data;
        this.words = words;
        this.matcher = new TopicMatcher(data, new Normalizer(), words);
        this.rules = List.of(
                // "waar vind ik leerlingenaantallen": the explanation; "hoeveel cursisten", "what percentage of pupils in
                // Antwerp": its pointer, unless a source said it or it asks who or what with no counting word
                new Rule("a measure without a table", e -> !untabledOnly(e) ? null
                        : !untabledFigure(e) || attributed(e) || whoNoCount(e) ? best(e) : Optional.empty()),
                // a keyword alone ("premie" in "premier") is not enough
                new Rule("not about dual learning", e -> isAnchored(e) ? null : Optional.empty()),
                // "wat vindt de minister van het rekeningrijden": a subject no passage knows is never dropped so that one answers
                new Rule("an unknown subject outweighs the passage", e -> best(e).filter(t -> outweighed(e, t)).isPresent() ? Optional.empty() : null),
                new Rule("asked why", e -> e.has(Role.WHY) ? best(e).or(() -> ofMovement(e)) : null),
                // but a cell is named too ("ik zit bij het sectorpartnerschap: hoeveel ... in 2021-2022"): the cell
                new Rule("asked of the minister", e -> e.has(Role.MINISTER) && !asksCell(e) ? best(e).or(() -> ofMovement(e)) : null),
                new Rule("nothing asks a figure", e -> prefersTopic(e) && !asksFigure(e) ? best(e) : null),
                new Rule("a figure is asked", e -> e.unreadAsked().isEmpty() || e.countsCompanies() || asksCell(e)
                        || yearFigure(e) ? Optional.empty() : null),
                // the words the tables cannot read, fillers included ("only ran for a few days"), not the preamble's
                new Rule("the unread words are a topic's", e -> matcher.best(String.join(" ", e.leftovers().stream()
                        .filter(l -> l.asking() && l.kind() != Leftover.WordClass.NUMBER).map(Leftover::word).toList()), e.language())));
    }

    /** True when nothing asks for a number, so an explanation is what is wanted. */
    boolean wanted(Entities e) {
        return prefersTopic(e) && !asksFigure(e) && !(tabled(e) && e.outsideKinds().contains(BREAKDOWN));
    }

    /**
     * Asked of the minister or why, with no counting word nor a cell, about something outside the
     * tables ("what effect did the corona crisis have on recognition applications in 2019-2020
     * according to the minister"): his text on it is what is wanted, not a number the tables lack.
     * A row named or a breakdown the tables lack ("kan de minister de leerlingen in Antwerpen opsplitsen
     * per graad") asks figures that way: his text gives none.
     */
    boolean ofTheMinister(Entities e) {
        return (e.has(Role.MINISTER) || e.has(Role.WHY)) && !e.has(Role.QUANTITY) && e.count().isEmpty()
                && e.members().isEmpty() && !e.outsideKinds().contains(BREAKDOWN);
    }

    /**
     * The word of an amount of money a question about dual learning asks ("what was the budget of the
     * campaign in Limburg", "hoeveel verdient een leerling"), or none: the tables count companies, never
     * an amount, whatever measure word ("een leerling": agreements) the question holds beside it.
     */
    Optional<String> amount(Entities e) {
        if (e.namesNothing() && !e.has(Role.DOMAIN) && !e.has(Role.MINISTER)) {
            return Optional.empty(); // "hoeveel kost een brood" is no question about dual learning
        }
        java.util.Set<String> money = words.words(WordClass.MONEY);
        return e.leftovers().stream().filter(Leftover::asking).map(Leftover::word)
                .filter(w -> money.contains(w) || words.lemmas(w, e.language()).stream().anyMatch(money::contains)).findFirst();
    }

    /**
     * The passage that speaks of the amount asked ("what did the campaign cost": its 420.000 euro), unless
     * a row of the tables is named or the amount is per unit ("per dual learning pupil"): no passage
     * breaks an amount down per province, sector, pupil or company.
     */
    Optional<Topic> ofAmount(Entities e, String amount) {
        if (e.members().stream().anyMatch(m -> !data.isTotal(m)) || e.has(Role.PER_UNIT)) {
            return Optional.empty();
        }
        return best(e).filter(t -> matcher.speaksOf(t, List.of(amount), e.language()) && !outweighed(e, t));
    }

    /**
     * A count of something outside the tables ("hoeveel geld krijgen de sectoren via de addenda"):
     * the passage the question matches, when it speaks of what is counted, not only of another word
     * ("hoeveel kost een opleiding bij Syntra" asks a cost; the passage on Syntra's history gives none).
     */
    Optional<Topic> ofCounted(Entities e) {
        if (!e.members().isEmpty()) {
            return Optional.empty(); // "hoeveel geld krijgt de horecasector": no passage breaks its amounts down per row of the tables
        }
        List<String> counted = e.outside().stream().flatMap(o -> Tokenizer.tokens(o).stream()).toList();
        return best(e).filter(t -> matcher.speaksOf(t, counted, e.language()) && !outweighed(e, t));
    }

    /**
     * The question's content words that no passage knows (a name, a noun outside the minister's
     * text: "lukaku", "het rekeningrijden") are at least as many as those the passage speaks of: a
     * keyword ("goals") cannot stand for a question about something else. Only a word that cannot
     * be a verb counts as unknown ("season", "stappen" may be how something is asked).
     */
    private boolean outweighed(Entities e, Topic topic) {
        List<Leftover> leftovers = e.leftovers().stream().filter(l -> l.kind() == Leftover.WordClass.CONTENT && l.asking()).toList();
        List<String> content = leftovers.stream().map(Leftover::word).toList();
        long unknown = leftovers.stream().filter(l -> !matcher.knows(l.word(), e.language()) && firmSubject(l, e.language())).count();
        long spoken = content.stream().filter(w -> matcher.speaksOf(topic, List.of(w), e.language())).count();
        return unknown > 0 && unknown >= spoken;
    }

    Optional<Topic> choose(Entities e) {
        for (Rule rule : rules) {
            Optional<Topic> topic = rule.decide().apply(e);
            if (topic != null) {
                return topic;
            }
        }
        return Optional.empty();
    }

    /** The first rule that applies to a question: the one that decides (for tests and documentation). */
    Optional<Rule> firing(Entities e) {
        return rules.stream().filter(r -> r.decide().apply(e) != null).findFirst();
    }

    /** The names of the rules, in the order they are tried. */
    List<String> names() {
        return rules.stream().map(Rule::name).toList();
    }

    private Optional<Topic> best(Entities e) {
        return matcher.best(e.normalized(), e.language());
    }

    /**
     * Asked why, or of the minister, about how the figures moved, in words no keyword has ("how does
     * the minister assess the evolution"): the explanation of a change.
     */
    private Optional<Topic> ofMovement(Entities e) {
        if (!e.asksMovement()) {
            return Optional.empty();
        }
        // the passage whose scopes speak of figures that rose or fell (its data says so, not its id)
        return data.topics().stream()
                .filter(t -> t.scopes().stream().anyMatch(s -> s.direction() != be.duaalbot.data.Direction.ANY)).findFirst();
    }

    /** "the number ... in 2017-2018", "erkenningen in 2016-2017", "top 3 sectors ... in the covid school year 2020-2021": a figure or a ranking of a table in a year. */
    private boolean yearFigure(Entities e) {
        // a measure with a table and a school year ("erkenningen tijdens het proefproject in 2016-2017") asks that year's figure too
        boolean schoolYear = e.years().stream().anyMatch(y -> !y.calendar());
        return tabled(e) && (e.has(Role.QUANTITY) || e.has(Role.TOP) || e.has(Role.BOTTOM) || schoolYear) && !e.years().isEmpty();
    }

    /** A number of a measure without a table: how many, or a percentage or share of one row ("in Antwerp province"). */
    private static boolean untabledFigure(Entities e) {
        return e.has(Role.QUANTITY) || (e.has(Role.PERCENT) || e.has(Role.SHARE)) && !e.members().isEmpty();
    }

    /** A noun or name that cannot be a verb, or a verb the article makes a noun ("het rekeningrijden"). */
    private boolean firmSubject(Leftover l, be.duaalbot.data.Language language) {
        return WordKinds.NOMINAL_INFINITIVE.equals(l.kindRule()) || !words.senses(l.word(), language).is(be.duaalbot.data.PartOfSpeech.VERB);
    }

    /**
     * "who does the minister count on to identify the barriers for ... learners": a who, what or why
     * of no row or year with no counting word ("hoeveel", "aantal", "how many") asks of the text, not a
     * number of learners, whatever other word of figures it holds ("count on").
     */
    private boolean whoNoCount(Entities e) {
        java.util.Set<String> counting = words.words(WordClass.COUNTING);
        return (e.has(Role.WHICH) || e.has(Role.WHY)) && e.members().isEmpty() && e.years().isEmpty()
                && Tokenizer.tokens(e.normalized()).stream().noneMatch(counting::contains);
    }

    /** "volgens de media", "according to the press", "hoopt Voka": a word of attribution, or its lemma ("hoopt": "hopen"). */
    private boolean attributed(Entities e) {
        return e.leftovers().stream().anyMatch(l -> words.words(WordClass.ATTRIBUTION).contains(l.word())
                || words.lemmas(l.word(), e.language()).stream().anyMatch(words.words(WordClass.ATTRIBUTION)::contains));
    }

    /**
     * Asks how many companies, or for a number of a measure with a table ("hoeveel", a ranking, a
     * change); "het verschil tussen een erkenning en een overeenkomst" asks for a definition.
     */
    private boolean asksFigure(Entities e) {
        boolean onlyDifference = e.has(Role.CHANGE) && !e.has(Role.RISE) && !e.has(Role.FALL) && !e.has(Role.TREND)
                && !e.has(Role.TOP) && !e.has(Role.BOTTOM) && !e.has(Role.SHARE) && !e.has(Role.PERCENT)
                && !e.has(Role.CONVERSION) && e.count().isEmpty();
        return e.countsCompanies() || tabled(e) && (e.has(Role.QUANTITY) || e.asksAnalysis() && !onlyDifference);
    }

    /** Names a measure with a table, a member and a year: one cell is asked, whatever else is said. */
    private boolean asksCell(Entities e) {
        return tabled(e) && !e.members().isEmpty() && !e.years().isEmpty();
    }

    private boolean tabled(Entities e) {
        return e.measures().stream().anyMatch(m -> !data.tablesOf(m).isEmpty());
    }

    /** Names only measures without a table (students): their pointer, or an explanation, is the answer. */
    boolean untabledOnly(Entities e) {
        return !e.measures().isEmpty() && !tabled(e);
    }

    /**
     * Explanations win when nothing asks for a number: no member, no year, no "hoeveel", no
     * ranking ("wat is het verschil tussen een erkenning en een overeenkomst").
     */
    private static boolean prefersTopic(Entities e) {
        return e.members().isEmpty() && e.years().isEmpty() && !e.has(Role.QUANTITY) && !e.countsCompanies()
                && e.count().isEmpty() && !e.has(Role.TOP) && !e.has(Role.BOTTOM);
    }

    /** About dual learning or its figures: a keyword alone ("premie" in "premier") is not enough. */
    private static boolean isAnchored(Entities e) {
        return !e.namesNothing() || e.has(Role.DOMAIN) || e.has(Role.MINISTER) || e.has(Role.QUANTITY);
    }
}
