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
 * cell is asked. A question on a measure without a table (students) is told apart too.
 */
final class TopicChooser {
    private final Dataset data;
    private final WordKnowledge words;
    private final TopicMatcher matcher;

    TopicChooser(Dataset data, WordKnowledge words) {
        this.data = data;
        this.words = words;
        this.matcher = new TopicMatcher(data, new Normalizer(), words);
    }

    /** True when nothing asks for a number, so an explanation is what is wanted. */
    boolean wanted(Entities e) {
        return prefersTopic(e) && !asksFigure(e);
    }

    Optional<Topic> choose(Entities e) {
        return untabledOnly(e) ? studentTopic(e) : topic(e);
    }

    /**
     * The minister's explanation a question asks for: when asked why or of the minister, when no
     * cell is named, or when the words the tables cannot read are the topic's own ("premies
     * vanaf september 2023") and no figure of a table is asked. Only for questions about dual
     * learning: a keyword alone ("premie" in "premier") is not enough.
     */
    private Optional<Topic> topic(Entities e) {
        if (!isAnchored(e)) {
            return Optional.empty();
        }
        // asked of the minister, but a cell is named too ("ik zit bij het sectorpartnerschap: hoeveel ... in 2021-2022"): the cell
        if (e.has(Role.WHY) || e.has(Role.MINISTER) && !asksCell(e) || prefersTopic(e) && !asksFigure(e)) {
            return matcher.best(e.normalized(), e.language());
        }
        boolean yearFigure = tabled(e) && e.has(Role.QUANTITY) && !e.years().isEmpty(); // "the number ... in 2017-2018"
        if (e.unreadAsked().isEmpty() || e.countsCompanies() || asksCell(e) || yearFigure) {
            return Optional.empty();
        }
        // the words the tables cannot read, fillers included ("only ran for a few days"), not the preamble's
        return matcher.best(String.join(" ", e.leftovers().stream()
                .filter(l -> l.asking() && l.kind() != Leftover.WordClass.NUMBER).map(Leftover::word).toList()), e.language());
    }

    /**
     * A question on a measure without a table: "hoeveel cursisten" asks its number, which is no
     * data (with its pointer), unless it asks what a source said ("volgens de media"); "waar vind ik
     * leerlingenaantallen" asks for an explanation.
     */
    private Optional<Topic> studentTopic(Entities e) {
        if (!e.has(Role.QUANTITY)) {
            return matcher.best(e.normalized(), e.language());
        }
        // "hoeveel leerlingen volgens de media": a count that a source gave, not one of the tables
        // "volgens de media", "according to the press", "hoopt Voka": a word of attribution, or its lemma ("hoopt": "hopen")
        boolean attributed = e.leftovers().stream().anyMatch(l -> words.words(WordClass.ATTRIBUTION).contains(l.word())
                || words.lemmas(l.word(), e.language()).stream().anyMatch(words.words(WordClass.ATTRIBUTION)::contains));
        return attributed ? matcher.best(e.normalized(), e.language()) : Optional.empty();
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
