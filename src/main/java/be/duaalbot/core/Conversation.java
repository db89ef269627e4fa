package be.duaalbot.core;

import be.duaalbot.query.Slots;

/**
 * What one chat (a console session, a Telegram chat, a Slack thread) has fixed so far, so a
 * follow-up such as "en in 2021-2022?" changes only what it says. The bot itself keeps no
 * state: the channel keeps a conversation per chat and passes it in.
 */
public final class Conversation {
    private volatile Slots last;

    Slots last() {
        return last;
    }

    void remember(Slots slots) {
        if (slots != null) {
            last = slots;
        }
    }
}
