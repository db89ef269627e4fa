package be.duaalbot.answer;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Topic;
import be.duaalbot.query.Cell;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Fifth stage: words a result in the question's language, in parts (read-as line, body,
 * footnotes, source), and lists every cell it states as a {@link Figure}. Computed numbers
 * (differences, percentages, sums) appear only in the text, never as figures.
 */
public final class AnswerComposer {
    private final Dataset data;
    private final Messages messages = new Messages();

    public AnswerComposer(Dataset data) {
        this.data = data;
    }

    public Answer compose(String question, Reading reading, Result result) {
        Phrases p = new Phrases(data, reading.language(), messages);
        if (result instanceof Result.NotUnderstood) {
            return notUnderstood(question, reading.language());
        }
        if (result instanceof Result.Explanation e) {
            return explanation(question, reading, e.topic(), p);
        }
        String readAs = ReadAs.line(reading, p);
        if (result instanceof Result.NoData n) {
            List<String> body = GapText.lines(n.gaps(), p);
            body.add(GapText.offer(p));
            return new Answer(question, p.language(), Status.NO_DATA, List.of(), readAs, body, List.of(), "", List.of(), java.util.Optional.empty());
        }
        List<Cell> cells = cells(result);
        List<String> body = new ArrayList<>(body(result, p));
        body.addAll(GapText.lines(result.gaps(), p));
        String source = Provenance.sources(cells, p);
        return new Answer(question, p.language(), Status.ANSWERED, figures(cells), readAs, body,
                Provenance.footnotes(cells, p), source, Suggestions.after(reading.query(), p),
                Charts.of(result, ReadAs.title(reading, p), source, p));
    }

    /** The reply to anything the bot cannot place: what it knows, and three example questions. */
    public Answer notUnderstood(String question, Language language) {
        Phrases p = new Phrases(data, language, messages);
        List<String> body = new ArrayList<>();
        body.add(p.t("notUnderstood", p.years(data.schoolYears())));
        body.add(p.t("examples"));
        for (int i = 1; i <= 3; i++) {
            body.add("\u2022 " + p.t("example." + i));
        }
        return new Answer(question, language, Status.NOT_UNDERSTOOD, List.of(), "", body, List.of(), "",
                List.of(p.t("example.1"), p.t("example.2"), p.t("example.3")), java.util.Optional.empty());
    }

    /** A short reply that is not an answer to a question (too long, empty). */
    public Answer notice(String question, Language language, String key, Object... args) {
        String text = messages.get(language, key, args);
        return new Answer(question, language, Status.NOT_UNDERSTOOD, List.of(), "", List.of(text), List.of(), "", List.of(), java.util.Optional.empty());
    }

    /** A text of the reply texts by key, for the channels' own replies (welcome, help, command names). */
    public String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }

    /** The source line of every source the data names. */
    public List<String> sourceLines(Language language) {
        Phrases p = new Phrases(data, language, messages);
        return data.sources().values().stream().sorted(java.util.Comparator.comparing(be.duaalbot.data.Source::id))
                .map(s -> Provenance.source(s, "", p)).toList();
    }

    /** The years the tables cover, worded for the language ("2019-2020 t/m 2022-2023"). */
    public String yearSpan(Language language) {
        return new Phrases(data, language, messages).years(data.schoolYears());
    }

    private Answer explanation(String question, Reading reading, Topic topic, Phrases p) {
        String source = Provenance.source(data.sources().get(topic.source()), topic.section(), p);
        return new Answer(question, p.language(), Status.ANSWERED, List.of(), ReadAs.line(reading, p),
                List.of(topic.answer().in(p.language())), List.of(), source, List.of(), java.util.Optional.empty());
    }

    private static List<String> body(Result result, Phrases p) {
        if (result instanceof Result.Cells r) {
            return CellsText.body(r, p);
        }
        if (result instanceof Result.Rankings r) {
            return AnalysisText.rankings(r, p);
        }
        if (result instanceof Result.Changes r) {
            return AnalysisText.changes(r, p);
        }
        if (result instanceof Result.MoverLists r) {
            return AnalysisText.movers(r, p);
        }
        return AnalysisText.shares((Result.Shares) result, p);
    }

    /** Every cell a result states, in the order the text gives them. */
    static List<Cell> cells(Result result) {
        List<Cell> cells = new ArrayList<>();
        if (result instanceof Result.Cells r) {
            cells.addAll(r.cells());
        } else if (result instanceof Result.Rankings r) {
            r.rankings().forEach(x -> cells.addAll(x.rows()));
        } else if (result instanceof Result.Changes r) {
            r.steps().forEach(s -> cells.addAll(List.of(s.from(), s.to())));
        } else if (result instanceof Result.MoverLists r) {
            r.lists().forEach(m -> m.steps().forEach(s -> cells.addAll(List.of(s.from(), s.to()))));
        } else if (result instanceof Result.Shares r) {
            r.parts().forEach(x -> cells.addAll(List.of(x.part(), x.whole())));
        }
        return cells;
    }

    private static List<Figure> figures(List<Cell> cells) {
        List<Figure> out = new ArrayList<>();
        for (Cell c : cells) {
            Figure f = new Figure(c.measure(), c.breakdown(), c.member(), c.year(), c.value());
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
