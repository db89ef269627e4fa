package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.query.Entities;
import be.duaalbot.query.EntityRecognizer;
import be.duaalbot.query.QueryEngine;
import be.duaalbot.query.QueryParser;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Result;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The pipeline, wired in one place: normalise and recognise entities, parse, run, compose.
 * Thread-safe and stateless; every channel calls {@link #answer(String, Conversation)}.
 */
public final class DuaalBot {
    /** Questions longer than this get a short reply instead of an attempt. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    private final Dataset data;
    private final EntityRecognizer recognizer;
    private final QueryParser parser;
    private final QueryEngine engine;
    private final AnswerComposer composer;

    public DuaalBot(Dataset data, Clock clock) {
        this.data = data;
        this.recognizer = new EntityRecognizer(data);
        this.parser = new QueryParser(data, clock);
        this.engine = new QueryEngine(data);
        this.composer = new AnswerComposer(data);
    }

    /**
     * The bot on the data directory of the settings, read as {@code serve} reads them (the settings
     * file, then the environment): one settings path for every command.
     */
    public static DuaalBot fromEnvironment() {
        Path path = SettingsLoader.fromEnvironment().dataDir();
        return new DuaalBot(DataLoader.load(path), Clock.systemDefaultZone());
    }

    public Dataset data() {
        return data;
    }

    /** The composer, for the replies a channel makes itself: welcome, help, sources, command names. */
    public AnswerComposer texts() {
        return composer;
    }

    /** A one-off question, in a conversation of its own. */
    public Answer answer(String question) {
        return answer(question, new Conversation());
    }

    public Answer answer(String question, Conversation conversation) {
        String q = question == null ? "" : question;
        if (q.length() > MAX_QUESTION_LENGTH) {
            String head = q.substring(0, MAX_QUESTION_LENGTH);
            // the reply echoes the start only: a megabyte-long line is not worth repeating
            return composer.notice(head + "\u2026", recognizer.recognize(head).language(), "tooLong", q.length(), MAX_QUESTION_LENGTH);
        }
        Entities entities = recognizer.recognize(q);
        if (entities.wordCount() == 0 && entities.years().isEmpty()) {
            return composer.notice(q, entities.language(), "empty");
        }
        Reading reading = parser.parse(entities, conversation.last());
        Result result = engine.run(reading.query());
        conversation.remember(reading.slots());
        return composer.compose(q, reading, result);
    }
}
