package be.duaalbot.query;

import be.duaalbot.data.Language;
import be.duaalbot.data.Role;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What entity recognition found in one question, in the order written: measures, members
 * (groups already expanded to their rows), places (municipalities, regions: see the places file),
 * members left out ("zonder Brussel"), breakdowns,
 * names outside the data (and their kinds: a place, a measure, a scope such as higher education),
 * grammar words by role, school years, a count ("top 5"), every word it
 * did not read as a term (classified: see {@link Leftover}), and whether the question opens as a
 * follow-up ("en in 2021-2022?"). {@code countsCompanies} is set for "hoeveel bedrijven", "how many
 * companies": a figure is asked even when no measure is named. {@code breakdownByName} is set when a breakdown was named by
 * its own name ("provincie"), not by a looser word ("regio"). {@code rules} are the names of the
 * recognizer's rules that fired (see {@link RecognizerRules}).
 */
public record Entities(String normalized, Language language, List<String> measures, List<String> members, List<Named> places,
                       List<String> excluded, List<String> groups, List<String> breakdowns, boolean breakdownByName,
                       List<String> outside, Set<String> outsideKinds, Set<Role> roles, List<YearMention> years, boolean yearRange,
                       OptionalInt count, List<Leftover> leftovers, boolean followUp, int wordCount,
                       boolean countsCompanies, Set<String> rules) {

    /** A name as written in the question ({@code written}, normalised) and what it names ({@code key}). */
    public record Named(String written, String key) { }

    boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when nothing of the data's dimensions was named. */
    boolean namesNothing() {
        return measures.isEmpty() && members.isEmpty() && breakdowns.isEmpty() && years.isEmpty()
                && groups.isEmpty();
    }

    /** The content words the bot did not know, in the order written (for the read-as note). */
    List<String> unknown() {
        return leftovers.stream().filter(Leftover::isContent).map(Leftover::word).toList();
    }

    /** Unknown content words inside the question itself (not its preamble). */
    List<Leftover> unknownAsked() {
        return leftovers.stream().filter(l -> l.isContent() && l.asking()).toList();
    }

    /**
     * Words of the question itself that the tables cannot read, everyday words included ("hoe warm
     * wordt het zaterdag"): they never block a default, but a question of nothing else is not understood.
     */
    List<Leftover> unreadAsked() {
        return leftovers.stream().filter(l -> l.isUnread() && l.asking()).toList();
    }

    /** Unknown content words that name part of what is asked: next to a name, a measure, "hoeveel" or "in". */
    List<Leftover> unknownSubjects() {
        return leftovers.stream().filter(l -> l.isContent() && l.asking() && l.attached()).toList();
    }

    /** Asks for a percentage, a share, a movement: more than a figure. */
    boolean asksAnalysis() {
        return has(Role.TOP) || has(Role.BOTTOM) || has(Role.SHARE) || has(Role.PERCENT) || has(Role.CONVERSION)
                || asksMovement() || count().isPresent();
    }

    /** Asks how something grew, fell, changed or evolved. */
    boolean asksMovement() {
        return has(Role.RISE) || has(Role.FALL) || has(Role.CHANGE) || has(Role.TREND);
    }

    /** Asks for the best or worst year of what it names ("in welk jaar ... de meeste"). */
    boolean asksYears() {
        return has(Role.WHICH_YEAR) && (has(Role.TOP) || has(Role.BOTTOM));
    }

    /** Only small talk: a greeting, thanks or a request for help, and nothing of the data. */
    boolean isSmallTalk() {
        boolean talk = (has(Role.GREETING) || has(Role.THANKS) || has(Role.HELP)) && !has(Role.QUANTITY) || has(Role.SOURCE);
        return talk && namesNothing() && outside.isEmpty() && places.isEmpty();
    }
}
