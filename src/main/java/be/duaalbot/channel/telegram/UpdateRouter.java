package be.duaalbot.channel.telegram;

import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides which messages are questions. In a private chat every text is; in a group only
 * {@code /duaal <question>} (also {@code /duaal@bot}), a message that mentions the bot, or a
 * reply to the bot. Commands ({@code /start}, {@code /help}, {@code /bron}, {@code /sectoren},
 * {@code /provincies}, {@code /grafiek aan|uit}) are recognised everywhere, as long as a group command names no other bot.
 */
final class UpdateRouter {

    /** What a message asks of the bot. */
    record Routed(String command, String question) {
        static Routed question(String text) {
            return new Routed("", text);
        }
    }

    private final String username;
    private final long botId;
    private final java.util.Set<String> commands;

    UpdateRouter(String username, long botId, java.util.Set<String> commands) {
        this.username = username.toLowerCase(Locale.ROOT);
        this.botId = botId;
        this.commands = commands;
    }

    /** The text of a message, or the caption of a photo or document: what the bot can read. */
    static String text(Message message) {
        return message.getText() != null ? message.getText() : message.getCaption();
    }

    Optional<Routed> route(Message message) {
        if (message == null || text(message) == null || text(message).isBlank()) {
            return Optional.empty();
        }
        String text = text(message).strip();
        boolean privateChat = "private".equals(message.getChat().getType());
        if (text.startsWith("/")) {
            return command(text, privateChat);
        }
        if (privateChat) {
            return Optional.of(Routed.question(text));
        }
        String mention = "@" + username;
        if (text.toLowerCase(Locale.ROOT).contains(mention)) {
            return Optional.of(Routed.question(removeMention(text, mention)));
        }
        return repliesToBot(message) ? Optional.of(Routed.question(text)) : Optional.empty();
    }

    /** Whether a message is for the bot even in a group: private, or a reply to one of the bot's messages. */
    boolean addressed(Message message) {
        return "private".equals(message.getChat().getType()) || repliesToBot(message);
    }

    private boolean repliesToBot(Message message) {
        return message.getReplyToMessage() != null && message.getReplyToMessage().getFrom() != null
                && message.getReplyToMessage().getFrom().getId() == botId;
    }

    private Optional<Routed> command(String text, boolean privateChat) {
        int space = text.indexOf(' ');
        String head = (space < 0 ? text : text.substring(0, space)).substring(1).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            if (!head.substring(at + 1).equals(username)) {
                return Optional.empty(); // a command for another bot
            }
            head = head.substring(0, at);
        }
        if (commands.contains(head)) {
            return Optional.of(new Routed(head, rest));
        }
        return privateChat ? Optional.of(Routed.question(text.substring(1))) : Optional.empty();
    }

    private static String removeMention(String text, String mention) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(mention);
        return (text.substring(0, at) + text.substring(at + mention.length())).strip();
    }
}
