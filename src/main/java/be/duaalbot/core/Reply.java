package be.duaalbot.core;

import be.duaalbot.answer.Answer;

/**
 * What a chat shows of an answer: {@code shown} fits one phone screen; {@code full} is the whole
 * answer, sent only when asked for ("Toon alles"). They are the same answer when it fits.
 */
public record Reply(Answer shown, Answer full) {

    public boolean shortened() {
        return shown != full;
    }
}
