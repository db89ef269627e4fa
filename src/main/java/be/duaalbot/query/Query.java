package be.duaalbot.query;

import java.util.List;

/** A question as the engine takes it: every slot filled, defaults applied. */
public sealed interface Query {

    /** Cells of each measure for each member and year; {@code compare} adds differences. */
    record Lookup(List<String> measures, List<String> members, List<String> years, boolean compare) implements Query { }

    /**
     * The first (or last) {@code count} members of a breakdown, per measure, in one year; among
     * {@code within} only, when the question named members ("top 2 daarvan" after three trade rows).
     */
    record Ranking(List<String> measures, String breakdown, String year, int count, boolean top, List<String> within)
            implements Query { }

    /** How each member's measure changed between two years. */
    record Change(List<String> measures, List<String> members, String from, String to) implements Query { }

    /**
     * The members of a breakdown that grew (or fell) most between two years, by absolute or relative
     * change; {@code strict} keeps only those that did grow (or fall), else it is an ordering
     * ("de kleinste groei" puts the smallest change first, whatever its sign).
     */
    record Movers(List<String> measures, String breakdown, String from, String to, int count, boolean rising,
                  boolean relative, boolean strict) implements Query { }

    /** A member's part of the total of a measure in a year. */
    record Share(List<String> measures, List<String> members, String year) implements Query { }

    /** Agreements as a percentage of recognitions, per member, in a year. */
    record Conversion(List<String> members, String year) implements Query { }

    /** One of the minister's explanations. */
    record Explain(String topic) implements Query { }

    /** Names the data does not have (a Walloon province, a city). */
    record Outside(List<String> names) implements Query { }

    /** Nothing the bot can answer. */
    record NotUnderstood() implements Query { }
}
