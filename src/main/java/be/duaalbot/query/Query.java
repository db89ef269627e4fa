package be.duaalbot.query;

import java.util.List;

/**
 * A question as the engine takes it: every slot filled, defaults applied. Code that treats
 * every kind goes through {@link Visitor}, so a new kind does not compile until each stage
 * says what it does with it.
 */
public sealed interface Query {

    <R> R accept(Visitor<R> v);

    /** One visit per kind of query; no default, so a forgotten kind is a compile error. */
    interface Visitor<R> {
        R lookup(Lookup q);

        R ranking(Ranking q);

        R years(YearRanking q);

        R change(Change q);

        R movers(Movers q);

        R share(Share q);

        R conversion(Conversion q);

        R ratio(Ratio q);

        R average(Average q);

        R explain(Explain q);

        R outside(Outside q);

        R crossing(Crossing q);

        R unknown(Unknown q);

        R unsupported(Unsupported q);

        R smallTalk(SmallTalk q);

        R notUnderstood(NotUnderstood q);
    }

    /** How the cells of a look-up are put together: listed, compared two by two, or added up. */
    enum Combine { LIST, COMPARE, SUM }

    /**
     * Cells of each measure for each member and year. With {@link Combine#SUM}, {@code parts} are the
     * groups named ("de drie handelssectoren"), each added up on its own; without parts, all members.
     * {@code minus} are rows taken off a total ("het Vlaamse totaal zonder Brussel").
     */
    record Lookup(List<String> measures, List<String> members, List<String> years, Combine combine,
                  List<List<String>> parts, List<String> minus) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.lookup(this);
        }
    }

    /**
     * The first (or last) {@code count} members of a breakdown, per measure, in one year; among
     * {@code within} only, when the question named members ("top 2 daarvan" after three trade rows)
     * or left some out ("zonder Brussel"). {@code apart} are rows the breakdown's name does not
     * cover (Brussels is no province): said beside the ranking, not in it; first when it outdoes the
     * first row, unless the question counted the rows it wants ({@code apartMayLead} false).
     * {@code ascending} is the order to show them in: fewest first for a bottom list, unless the
     * question says otherwise ("top 3, laagste eerst").
     */
    record Ranking(List<String> measures, String breakdown, String year, int count, boolean top, List<String> within,
                   List<String> apart, boolean apartMayLead, boolean ascending) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.ranking(this);
        }
    }

    /**
     * The school years of each member ordered by a measure ("in welk jaar had horeca de meeste ..."),
     * or with {@code change} by the growth from the year before ("in welk jaar groeide ... het sterkst").
     */
    record YearRanking(List<String> measures, List<String> members, boolean top, boolean change) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.years(this);
        }
    }

    /** How each member's measure changed between two years; with {@code sum}, also their sum's change. */
    record Change(List<String> measures, List<String> members, String from, String to, boolean sum) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.change(this);
        }
    }

    /**
     * The members of a breakdown that grew (or fell) most between two years, by absolute or relative
     * change; {@code strict} keeps only those that did grow (or fall), else it is an ordering
     * ("de kleinste groei" puts the smallest change first, whatever its sign).
     */
    record Movers(List<String> measures, String breakdown, String from, String to, int count, boolean rising,
                  boolean relative, boolean strict) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.movers(this);
        }
    }

    /** A member's part of the total of a measure in a year. */
    record Share(List<String> measures, List<String> members, String year) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.share(this);
        }
    }

    /**
     * Agreements as a percentage of recognitions, per member, in a year; with {@code count} above
     * zero the members are ranked by it ("welke provincie had de hoogste omzetting"); with {@code sum},
     * the percentage of the members added up is given too ("de drie handelssectoren samen").
     */
    record Conversion(List<String> members, String year, int count, boolean top, boolean sum) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.conversion(this);
        }
    }

    /** What a ratio sets against what: two measures, two members (or groups), or two years. */
    enum Between { MEASURES, MEMBERS, YEARS }

    /**
     * How many times one figure is another ("hoeveel keer meer erkende dan ovk-bedrijven"): the first
     * of the two things {@code between} names over the second, for each of the others. {@code sides}
     * are the members, each side a list added up ("de drie handelssectoren"); {@code years} in the
     * order meant (the year asked about first).
     */
    record Ratio(Between between, List<String> measures, List<List<String>> sides, List<String> years) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.ratio(this);
        }
    }

    /**
     * The mean of counts: over the members ({@code overYears} false: per province, per sector, in
     * each year), or over the years of each member ({@code overYears}: per school year). {@code leftOut}
     * are rows a breakdown's name does not cover (Brussels is no province), not averaged but said.
     */
    record Average(List<String> measures, List<String> members, List<String> years, boolean overYears,
                   List<String> leftOut) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.average(this);
        }
    }

    /** One of the minister's explanations. */
    record Explain(String topic) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.explain(this);
        }
    }

    /**
     * Names the data does not have (an average, higher education), and places it does not count by
     * (a municipality, a region, a place outside Flanders and Brussels: each says where it lies);
     * {@code measures} are those named beside them, whose tables' caveats may say why ("no picture
     * of the duration").
     */
    record Outside(List<String> names, List<Located> places, List<String> measures) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.outside(this);
        }
    }

    /**
     * Members of two breakdowns at once ("bouw in Limburg"), or a member split by another breakdown
     * ({@code breakdown}: "per sector binnen Limburg"): no table crosses them.
     */
    record Crossing(List<String> members, String breakdown) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.crossing(this);
        }
    }

    /**
     * Words naming what is asked about that the bot cannot map ("ICT", "kmo's"): answering
     * without them would answer another question. {@code near} are members they may be a
     * misspelling of ("Bedoel je Horeca?"), best first; empty when none is close.
     */
    record Unknown(List<String> words, List<String> near) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.unknown(this);
        }
    }

    /** A place as written in the question ({@code written}, normalised), and the place of the places file it is. */
    record Located(String written, be.duaalbot.data.Place place) { }

    /**
     * A question that asks an operation ({@code missing}: an average, a ratio ...) that the query it
     * reads as ({@code read}) does not do: said as such, never answered with the other computation.
     * {@code measures} are those named, whose tables' notes may say why ("no picture of the duration");
     * {@code words} the question's words the bot does not know, which may name what it is of ("duur").
     */
    record Unsupported(Operation missing, Query read, List<String> measures, List<String> words) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.unsupported(this);
        }
    }

    /** A greeting, thanks or a request for help: no figure is asked. */
    record SmallTalk(Chat kind) implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.smallTalk(this);
        }
    }

    /** The kinds of small talk. */
    enum Chat { GREETING, THANKS, HELP, SOURCE }

    /** Nothing the bot can answer. */
    record NotUnderstood() implements Query {
        public <R> R accept(Visitor<R> v) {
            return v.notUnderstood(this);
        }
    }
}
