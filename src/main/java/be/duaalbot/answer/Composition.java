package be.duaalbot.answer;

import be.duaalbot.data.Topic;
import be.duaalbot.query.Cell;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One reply: a visit per kind of result, so a new kind cannot be left without words. */
final class Composition implements Result.Visitor<Answer> {
    private final String question;
    private final Reading reading;
    private final Phrases p;
    private final AnswerComposer composer;

    Composition(String question, Reading reading, Phrases p, AnswerComposer composer) {
        this.question = question;
        this.reading = reading;
        this.p = p;
        this.composer = composer;
    }

    @Override
    public Answer cells(Result.Cells r) {
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.addAll(r.minus());
        return figures(r, CellsText.body(r, p), cells);
    }

    @Override
    public Answer rankings(Result.Rankings r) {
        List<Cell> cells = new ArrayList<>();
        for (Result.Ranking x : r.rankings()) {
            // a row said apart that outdoes the first comes first, so "welke provincie had de minste" reads it first
            cells.addAll(x.apartLeads() ? x.apart() : x.rows());
            cells.addAll(x.apartLeads() ? x.rows() : x.apart());
        }
        return figures(r, AnalysisText.rankings(r, p), cells);
    }

    @Override
    public Answer years(Result.YearRanks r) {
        List<Cell> cells = new ArrayList<>();
        r.orders().forEach(x -> cells.addAll(x.years()));
        return figures(r, AnalysisText.years(r, p), cells);
    }

    @Override
    public Answer changes(Result.Changes r) {
        List<Cell> cells = new ArrayList<>();
        r.steps().forEach(s -> cells.addAll(List.of(s.from(), s.to())));
        return figures(r, AnalysisText.changes(r, p), cells);
    }

    @Override
    public Answer movers(Result.MoverLists r) {
        List<Cell> cells = new ArrayList<>();
        r.lists().forEach(m -> m.steps().forEach(s -> cells.addAll(List.of(s.from(), s.to()))));
        return figures(r, AnalysisText.movers(r, p), cells);
    }

    @Override
    public Answer shares(Result.Shares r) {
        List<Cell> cells = new ArrayList<>();
        r.parts().forEach(x -> cells.addAll(List.of(x.part(), x.whole())));
        return figures(r, AnalysisText.shares(r, p), cells);
    }

    @Override
    public Answer explanation(Result.Explanation e) {
        Topic topic = e.topic();
        String source = Provenance.source(p.data().sources().get(topic.source()), topic.section(), p);
        return new Answer(question, p.language(), Status.ANSWERED, List.of(), ReadAs.line(reading, p),
                List.of(topic.answer().in(p.language())), List.of(), source, List.of(), Optional.empty());
    }

    /** Asked back: the word not known, the members it may mean, each as a ready question. */
    @Override
    public Answer clarify(Result.Clarify r) {
        List<String> body = new ArrayList<>();
        body.add(p.t("clarify", p.list(r.words()), p.either(r.near())));
        List<String> asks = r.near().stream().map(m -> replace(question, r.words().get(0), m)).toList();
        return new Answer(question, p.language(), Status.NO_DATA, List.of(), ReadAs.line(reading, p), body, List.of(), "",
                asks, Optional.empty());
    }

    @Override
    public Answer smallTalk(Result.SmallTalk r) {
        if (r.kind() == be.duaalbot.query.Query.Chat.SOURCE) {
            List<String> body = new ArrayList<>();
            body.add(p.t("chat.source"));
            body.addAll(composer.sourceLines(p.language()));
            return new Answer(question, p.language(), Status.ANSWERED, List.of(), "", body, List.of(), "", List.of(), Optional.empty());
        }
        List<String> body = new ArrayList<>();
        body.add(p.t("chat." + r.kind().name().toLowerCase(java.util.Locale.ROOT)));
        body.addAll(AnswerComposer.examples(p));
        return new Answer(question, p.language(), Status.NOT_UNDERSTOOD, List.of(), "", body, List.of(), "",
                AnswerComposer.exampleQuestions(p), Optional.empty());
    }

    @Override
    public Answer noData(Result.NoData n) {
        List<String> body = GapText.lines(n.gaps(), p);
        body.add(GapText.offer(n.gaps(), p));
        return new Answer(question, p.language(), Status.NO_DATA, List.of(), ReadAs.line(reading, p), body, List.of(), "",
                List.of(), Optional.empty());
    }

    @Override
    public Answer notUnderstood(Result.NotUnderstood r) {
        return composer.notUnderstood(question, p.language());
    }

    private Answer figures(Result result, List<String> text, List<Cell> cells) {
        List<String> body = new ArrayList<>(text);
        body.addAll(GapText.lines(result.gaps(), p));
        String source = Provenance.sources(cells, p);
        return new Answer(question, p.language(), Status.ANSWERED, AnswerComposer.figures(cells), ReadAs.line(reading, p), body,
                Provenance.footnotes(cells, p), source, Suggestions.after(reading.query(), p),
                Charts.of(result, ReadAs.title(reading, p), source, p));
    }

    /** The question with the unknown word replaced by a member's name: a button that asks again. */
    private static String replace(String question, String word, String member) {
        String replaced = question.replaceAll("(?iu)\\b" + java.util.regex.Pattern.quote(word) + "\\b", java.util.regex.Matcher.quoteReplacement(member));
        return replaced.equals(question) ? member + ": " + question : replaced;
    }
}
