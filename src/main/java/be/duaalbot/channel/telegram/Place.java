package be.duaalbot.channel.telegram;

import be.duaalbot.data.Language;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a reply goes and to whom: the chat, its forum topic ({@code message_thread_id}, kept so
 * that an answer stays in the topic it was asked in), and in a group the message it answers
 * (sent as {@code reply_parameters}, so that a busy group sees which question it belongs to).
 */
record Place(long chat, boolean group, Integer thread, Integer message, boolean reply, Long user, Language language) {

    static Place of(Message message, User from) {
        boolean group = !"private".equals(message.getChat().getType());
        Integer thread = Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
        return new Place(message.getChatId(), group, thread, message.getMessageId(), group,
                from == null ? null : from.getId(), Language.fromCode(from == null ? null : from.getLanguageCode()));
    }

    /** The same place, answering no particular message (replies to a button, the rows of "show all"). */
    Place withoutReply() {
        return new Place(chat, group, thread, message, false, user, language);
    }

    /** The message a reply answers, when it is sent as one. */
    Integer replyTo() {
        return reply ? message : null;
    }
}
