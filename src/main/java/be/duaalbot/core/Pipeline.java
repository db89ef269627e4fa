package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.data.DataVersion;
import be.duaalbot.data.Dataset;
import be.duaalbot.query.Entities;
import be.duaalbot.query.EntityRecognizer;
import be.duaalbot.query.QueryEngine;
import be.duaalbot.query.QueryParser;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Result;
import java.time.Clock;

/**
 * The pipeline on one dataset: normalise and recognise entities, parse, run, compose. Immutable,
 * so a question answered on it sees one dataset from start to end, even while a reload swaps in
 * the next.
 */
record Pipeline(Dataset data, DataVersion version, EntityRecognizer recognizer, QueryParser parser, QueryEngine engine,
                AnswerComposer composer) {

    static Pipeline on(Dataset data, DataVersion version, Clock clock) {
        return new Pipeline(data, version, new EntityRecognizer(data), new QueryParser(data, clock), new QueryEngine(data),
                new AnswerComposer(data));
    }

    Reading read(String q) {
        return parser.parse(recognizer.recognize(q), null);
    }

    Answer answer(String asked, Conversation conversation) {
        String q = conversation.chosen(asked);
        Answer answer = respond(q, conversation);
        conversation.offered(answer);
        return answer;
    }

    private Answer respond(String q, Conversation conversation) {
        if (q.length() > DuaalBot.MAX_QUESTION_LENGTH) {
            String head = q.substring(0, DuaalBot.MAX_QUESTION_LENGTH);
            // the reply echoes the start only: a megabyte-long line is not worth repeating
            return composer.notice(head + "\u2026", recognizer.recognize(head).language(), "tooLong", q.length(),
                    DuaalBot.MAX_QUESTION_LENGTH);
        }
        Entities entities = recognizer.recognize(q);
        if (entities.wordCount() == 0 && entities.years().isEmpty()) {
            return composer.notice(q, entities.language(), "empty");
        }
        Reading reading = conversation.again(parser.parse(entities, conversation.last()));
        Result result = engine.run(reading.query());
        conversation.remember(reading);
        return composer.compose(q, reading, result);
    }
}
