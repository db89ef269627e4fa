package be.duaalbot.core;

/**
 * Told of answers by {@link AnswerService}: of every question not answered with figures, and of
 * every question of a conversation (a rephrasing or a picked ask-back is seen only in the
 * question after). Runs on the answering thread, so it must hand the work on and return at once;
 * it must never throw (an exception is caught, logged once, and the answer goes out all the same).
 */
@FunctionalInterface
public interface AnswerListener {
    AnswerListener NONE = asked -> { };

    void answered(Asked asked);
}
