package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.core.AnswerService;
import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says in a chat: answers to questions (through the service, in the chat's
 * conversation) and the replies to its commands, each as Telegram HTML messages.
 */
final class TelegramReplies {
    static final String CHANNEL = "telegram";

    private final AnswerService service;
    private final AnswerComposer texts;

    /** Counts a question refused by the allow-list or a rate limit. */
    void refused() {
        service.message(CHANNEL, "refused");
    }

    TelegramReplies(AnswerService service) {
        this.service = service;
        this.texts = service.bot().texts();
    }

    Answer answer(String question, long chatId) {
        return service.converse(question, Long.toString(chatId), CHANNEL);
    }

    /** The reply to a command other than {@code /duaal}, in the user's language. */
    List<String> command(String command, Language language) {
        List<String> lines = new ArrayList<>();
        switch (command) {
            case "start" -> {
                lines.add(texts.text(language, "welcome", texts.yearSpan(language)));
                lines.add(texts.text(language, "examples"));
                for (int i = 1; i <= 3; i++) {
                    lines.add("\u2022 " + texts.text(language, "example." + i));
                }
                lines.add(texts.text(language, "help"));
            }
            case "bron" -> {
                lines.add(texts.text(language, "sources"));
                texts.sourceLines(language).forEach(l -> lines.add("\u2022 " + l));
            }
            case "sectoren" -> members("sector", language, lines);
            case "provincies" -> members("province", language, lines);
            default -> lines.add(texts.text(language, "help"));
        }
        return HtmlFormat.split(lines.stream().map(HtmlFormat::escape).toList());
    }

    String text(Language language, String key) {
        return texts.text(language, key);
    }

    /** The menu's description of a command. */
    String description(String command, Language language) {
        return texts.text(language, "command." + command);
    }

    private void members(String breakdown, Language language, List<String> lines) {
        var data = service.bot().data();
        lines.add(texts.text(language, "members", data.breakdowns().get(breakdown).plural().in(language)));
        data.membersOf(breakdown).stream().filter(m -> !data.isTotal(m)).forEach(m -> lines.add("\u2022 " + m));
    }
}
