package be.duaalbot.query;

/** True for a result of figures that found none: the engine says it as no data, with its gaps. */
final class Emptiness implements Result.Visitor<Boolean> {
    public Boolean cells(Result.Cells r) {
        return r.cells().isEmpty();
    }

    public Boolean rankings(Result.Rankings r) {
        return r.rankings().stream().allMatch(x -> x.rows().isEmpty());
    }

    public Boolean years(Result.YearRanks r) {
        return r.orders().isEmpty();
    }

    public Boolean changes(Result.Changes r) {
        return r.steps().isEmpty();
    }

    public Boolean movers(Result.MoverLists r) {
        return r.lists().stream().allMatch(x -> x.steps().isEmpty());
    }

    public Boolean shares(Result.Shares r) {
        return r.parts().isEmpty();
    }

    public Boolean ratios(Result.Ratios r) {
        return r.quotients().isEmpty();
    }

    public Boolean averages(Result.Averages r) {
        return r.means().isEmpty();
    }

    public Boolean explanation(Result.Explanation r) {
        return false;
    }

    public Boolean clarify(Result.Clarify r) {
        return false;
    }

    public Boolean smallTalk(Result.SmallTalk r) {
        return false;
    }

    public Boolean noData(Result.NoData r) {
        return false;
    }

    public Boolean notUnderstood(Result.NotUnderstood r) {
        return false;
    }
}
