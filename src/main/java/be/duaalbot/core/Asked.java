package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.data.Language;
import java.util.List;

/**
 * A question as the service answered it, in the few parts a listener learns from: the question,
 * its language, how it was answered and read, the reply's first line, the cells it gave, the
 * channel, and the conversation's key ({@code channel:chat}; null for a one-off question). The
 * rest of the answer is not held, so a queue of these stays small.
 */
public record Asked(String question, Language language, Status status, String readAs, String reply, List<Figure> figures,
                    String channel, String conversation) {
    /** The most of the reply's first line kept: a long table's first line says enough in this much. */
    static final int REPLY = 300;

    /** Its heap bytes, as {@link Weights} counts them, for a queue bounded in bytes. */
    public int weight() {
        return Weights.ENTRY + Weights.text(question) + Weights.text(readAs) + Weights.text(reply) + Weights.text(channel)
                + Weights.text(conversation) + figures.size() * 6 * Weights.OBJECT;
    }

    static Asked of(Answer a, String channel, String conversation) {
        String reply = a.body().isEmpty() ? "" : a.body().get(0);
        return new Asked(a.question(), a.language(), a.status(), a.readAs(),
                reply.length() > REPLY ? reply.substring(0, REPLY) : reply, a.figures(), channel, conversation);
    }
}
