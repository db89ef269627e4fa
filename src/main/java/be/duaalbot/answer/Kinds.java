package be.duaalbot.answer;

import be.duaalbot.data.Intent;
import be.duaalbot.query.Query;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of answer a query gives, as the scopes of the minister's passages name them (a sum, a conversion rate). */
final class Kinds implements Query.Visitor<Set<Intent>> {
    static final Kinds INSTANCE = new Kinds();

    private Kinds() {
    }

    public Set<Intent> lookup(Query.Lookup q) {
        return EnumSet.of(switch (q.combine()) {
            case LIST -> Intent.LOOKUP;
            case COMPARE -> Intent.COMPARE;
            case SUM -> Intent.SUM;
        });
    }

    public Set<Intent> ranking(Query.Ranking q) {
        return EnumSet.of(q.top() ? Intent.TOP : Intent.BOTTOM);
    }

    public Set<Intent> years(Query.YearRanking q) {
        return EnumSet.of(Intent.YEARS);
    }

    public Set<Intent> change(Query.Change q) {
        return q.sum() ? EnumSet.of(Intent.CHANGE, Intent.SUM) : EnumSet.of(Intent.CHANGE);
    }

    public Set<Intent> movers(Query.Movers q) {
        return EnumSet.of(q.rising() ? Intent.RISERS : Intent.FALLERS);
    }

    public Set<Intent> share(Query.Share q) {
        return EnumSet.of(Intent.SHARE);
    }

    public Set<Intent> conversion(Query.Conversion q) {
        return q.sum() ? EnumSet.of(Intent.CONVERSION, Intent.SUM) : EnumSet.of(Intent.CONVERSION);
    }

    public Set<Intent> ratio(Query.Ratio q) {
        return EnumSet.of(Intent.RATIO);
    }

    public Set<Intent> average(Query.Average q) {
        return EnumSet.of(Intent.AVERAGE);
    }

    public Set<Intent> unsupported(Query.Unsupported q) {
        return EnumSet.noneOf(Intent.class); // no figure of the operation asked, so no why of one
    }

    public Set<Intent> explain(Query.Explain q) {
        return EnumSet.noneOf(Intent.class);
    }

    public Set<Intent> outside(Query.Outside q) {
        return EnumSet.noneOf(Intent.class);
    }

    public Set<Intent> crossing(Query.Crossing q) {
        return EnumSet.noneOf(Intent.class);
    }

    public Set<Intent> unknown(Query.Unknown q) {
        return EnumSet.noneOf(Intent.class);
    }

    public Set<Intent> smallTalk(Query.SmallTalk q) {
        return EnumSet.noneOf(Intent.class);
    }

    public Set<Intent> notUnderstood(Query.NotUnderstood q) {
        return EnumSet.noneOf(Intent.class);
    }
}
