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
    private final be.duaalbot.core.OneScreen oneScreen;

    /** Counts a question refused by the allow-list or a rate limit. */
    void refused() {
        service.message(CHANNEL, "refused");
    }

    TelegramReplies(AnswerService service) {
        this.service = service;
        this.texts = service.bot().texts();
        this.oneScreen = new be.duaalbot.core.OneScreen(service.bot());
    }

    Answer answer(String question, long chatId) {
        return service.converse(question, Long.toString(chatId), CHANNEL);
    }

    /** A question outside any chat (inline mode): no conversation, so it may come from the cache. */
    Answer ask(String question) {
        return service.ask(question, CHANNEL);
    }

    /** The answers' words, for what a chat builds from an answer (its CSV). */
    AnswerComposer composer() {
        return texts;
    }

    be.duaalbot.core.OneScreen oneScreen() {
        return oneScreen;
    }

    /** The example questions, in the user's language. */
    List<String> examples(Language language) {
        return List.of(texts.text(language, "example.1"), texts.text(language, "example.2"), texts.text(language, "example.3"));
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
            default -> {
                String breakdown = breakdownCommands().get(command);
                if (breakdown == null) {
                    lines.add(texts.text(language, "help"));
                } else {
                    members(breakdown, language, lines);
                }
            }
        }
        return HtmlFormat.split(lines.stream().map(HtmlFormat::escape).toList());
    }

    /** A chat text with the data's words put in (the newest year, the sources). */
    String chatText(Language language, String key) {
        return service.bot().texts().words(language, be.duaalbot.core.ChatTexts.get().text(language, key));
    }

    String text(Language language, String key) {
        return texts.text(language, key);
    }

    /** The menu's description of a command. */
    String description(String command, Language language) {
        String breakdown = breakdownCommands().get(command);
        if (breakdown != null) {
            return texts.named(language, "command.members", "plural", service.bot().data().breakdowns().get(breakdown).plural().in(language));
        }
        return texts.text(language, "command." + command);
    }

    /** Each breakdown that has tables, by the command that lists its members. */
    java.util.Map<String, String> breakdownCommands() {
        var data = service.bot().data();
        java.util.Map<String, String> commands = new java.util.LinkedHashMap<>();
        data.breakdowns().values().stream().filter(b -> data.tables().stream().anyMatch(t -> t.breakdown().equals(b.id())))
                .forEach(b -> commands.put(b.command(), b.id()));
        return commands;
    }

    private void members(String breakdown, Language language, List<String> lines) {
        var data = service.bot().data();
        lines.add(texts.named(language, "members", "plural", data.breakdowns().get(breakdown).plural().in(language)));
        // one paragraph of names, as in the console: 22 sectors one per line would be two screens
        lines.add(String.join(" \u00b7 ", data.membersOf(breakdown).stream().filter(m -> !data.isTotal(m))
                .map(m -> data.glosses().label(m, language)).toList()));
    }
}
