package be.duaalbot.answer;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.query.Cell;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        return result.accept(new Composition(question, reading, p, this));
    }

    /** The reply to anything the bot cannot place: what it knows, and three example questions. */
    public Answer notUnderstood(String question, Language language) {
        Phrases p = new Phrases(data, language, messages);
        List<String> body = new ArrayList<>();
        body.add(p.t("notUnderstood"));
        body.addAll(examples(p));
        return new Answer(question, language, Status.NOT_UNDERSTOOD, List.of(), "", body, List.of(), "",
                exampleQuestions(p), Optional.empty());
    }

    /** A short reply that is not an answer to a question (too long, empty). */
    public Answer notice(String question, Language language, String key, Object... args) {
        String text = new Phrases(data, language, messages).t(key, args);
        return new Answer(question, language, Status.NOT_UNDERSTOOD, List.of(), "", List.of(text), List.of(), "", List.of(), Optional.empty());
    }

    /** A text with named placeholders, given as pairs ("plural", "sectoren"), for the channels' own replies. */
    public String named(Language language, String key, Object... pairs) {
        return new Phrases(data, language, messages).named(key, pairs);
    }

    /** A text of the reply texts by key, for the channels' own replies (welcome, help, command names). */
    public String text(Language language, String key, Object... args) {
        return new Phrases(data, language, messages).t(key, args);
    }

    /** A text of another bundle (the chat channels') with the data's words put in: {latest}, {sources} ... */
    public String words(Language language, String text) {
        return new Phrases(data, language, messages).words(text);
    }

    /**
     * The answer's figures as CSV for a spreadsheet (see {@link AnswerCsv}: semicolons, CRLF, UTF-8
     * with its byte order mark first); the header alone when it has none.
     */
    public String csv(Answer answer) {
        return AnswerCsv.BOM + AnswerCsv.write(answer, new Phrases(data, answer.language(), messages));
    }

    /** The name a chat gives the answer's CSV file: {@code duaalbot-<the question, as a slug>.csv}. */
    public String csvFileName(Answer answer) {
        return AnswerCsv.fileName(answer.question());
    }

    /** The source line of every source the data names. */
    public List<String> sourceLines(Language language) {
        Phrases p = new Phrases(data, language, messages);
        return data.sources().values().stream().sorted(java.util.Comparator.comparing(be.duaalbot.data.Source::id))
                .map(s -> Provenance.source(s, "", p)).toList();
    }

    /**
     * The years the tables cover, worded for the language ("2019-2020 t/m 2022-2023"), with each table
     * that covers other years named beside it.
     */
    public String yearSpan(Language language) {
        return Coverage.of(data.tables(), new Phrases(data, language, messages));
    }

    static List<String> examples(Phrases p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.t("examples"));
        exampleQuestions(p).forEach(q -> lines.add("\u2022 " + q));
        return lines;
    }

    static List<String> exampleQuestions(Phrases p) {
        return List.of(p.t("example.1"), p.t("example.2"), p.t("example.3"));
    }

    /** Every cell stated, once each, as figures in the order the text gives them. */
    static List<Figure> figures(List<Cell> cells) {
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
