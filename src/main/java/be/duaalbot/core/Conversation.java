package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.query.Query;
import be.duaalbot.query.Reading;
import be.duaalbot.query.Slots;
import be.duaalbot.query.Why;

/**
 * What one chat (a console session, a group, a thread) has fixed so far, so a
 * follow-up such as "en in 2021-2022?" changes only what it says, "waarom?" asks of the very
 * figures answered before, and "1" or "ja" answers an ask-back. The bot itself keeps no state:
 * the channel keeps a conversation per chat and passes it in.
 */
public final class Conversation {
    /** The last question with figures: its slots (for follow-ups) and its query (for "waarom?"), set together. */
    private record Previous(Slots slots, Query query) { }

    private volatile Previous last;
    private volatile Choices choices = Choices.NONE;

    Slots last() {
        Previous previous = last;
        return previous == null ? null : previous.slots();
    }

    /** A why of the answer before asks of exactly the query answered then, not of one rebuilt from its slots. */
    Reading again(Reading reading) {
        Previous previous = last;
        return reading.why() == Why.ONLY && previous != null ? reading.on(previous.query()) : reading;
    }

    void remember(Reading reading) {
        if (reading.slots() != null) {
            last = new Previous(reading.slots(), reading.query());
        }
    }

    /** The question a reply to the last ask-back picks ("1", "ja", the corrected word), or the reply itself. */
    String chosen(String reply) {
        return choices.pick(reply).orElse(reply);
    }

    /** Keeps an ask-back's choices until the next answer. */
    void offered(Answer answer) {
        choices = answer.asksBack() ? new Choices(answer.question(), answer.suggestions()) : Choices.NONE;
    }
}
