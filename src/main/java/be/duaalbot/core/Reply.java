package be.duaalbot.core;

import be.duaalbot.answer.Answer;

/**
 * What a chat shows of an answer: {@code shown} fits one phone screen; {@code full} is the whole
 * answer, sent only when asked for ("Toon alles", or "Bronnen" when only caveats were left out).
 * They are the same answer when it fits with at most one caveat.
 */
public record Reply(Answer shown, Answer full) {

    public boolean shortened() {
        return shown != full;
    }

    /** Shortened only of its caveats: the figures are all shown, the footnotes are what the button brings. */
    public boolean caveatsOnly() {
        return shortened() && shown.body().equals(full.body());
    }
}
