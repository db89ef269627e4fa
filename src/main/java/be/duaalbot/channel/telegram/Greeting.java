package be.duaalbot.channel.telegram;

import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/** When the bot is added to a group ({@code my_chat_member}): a short greeting with example questions. */
final class Greeting {
    private Greeting() {
    }

    static void added(ChatMemberUpdated change, TelegramReplies replies, Sender sender) {
        String type = change.getChat().getType();
        String before = change.getOldChatMember() == null ? "left" : change.getOldChatMember().getStatus();
        String now = change.getNewChatMember() == null ? "left" : change.getNewChatMember().getStatus();
        boolean joined = ("left".equals(before) || "kicked".equals(before)) && ("member".equals(now) || "administrator".equals(now));
        if (!joined || !("group".equals(type) || "supergroup".equals(type))) {
            return;
        }
        Language language = Language.fromCode(change.getFrom() == null ? null : change.getFrom().getLanguageCode());
        List<String> lines = new ArrayList<>();
        lines.add(HtmlFormat.escape(replies.chatText(language, "greeting")));
        replies.examples(language).forEach(e -> lines.add("\u2022 /duaal " + HtmlFormat.escape(e)));
        sender.text(new Place(change.getChat().getId(), true, null, null, false, null, language), String.join("\n", lines));
    }
}
