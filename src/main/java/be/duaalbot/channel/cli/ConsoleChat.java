package be.duaalbot.channel.cli;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.Conversation;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.OneScreen;
import be.duaalbot.core.Reply;
import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's side of one conversation, as a chat with buttons has it: each answer on one
 * screen, with typed words where Telegram and Slack have buttons ("meer" for the whole answer,
 * "bronnen" for every caveat, "waarom" for the minister's why), an ask-back's choices numbered
 * (the conversation takes "1", "ja" or the corrected word), and {@code /sectoren}, {@code
 * /provincies} listing names, not tables.
 */
final class ConsoleChat {
    private final DuaalBot bot;
    private final OneScreen oneScreen;
    private final Conversation conversation = new Conversation();
    private Reply last;
    private Language language = Language.NL;

    ConsoleChat(DuaalBot bot) {
        this.bot = bot;
        this.oneScreen = new OneScreen(bot);
    }

    /** What the console prints for one typed line. */
    String reply(String line) {
        String said = line.strip().toLowerCase(Locale.ROOT);
        if (said.startsWith("/")) {
            return command(said.substring(1));
        }
        if (typed(said, "console.more")) {
            return last == null ? text("console.noAnswer") : last.shortened() ? last.full().text() : text("console.nothingMore");
        }
        if (typed(said, "console.sources")) {
            return last == null ? String.join("\n", bot.texts().sourceLines(language)) : sources(last.full());
        }
        last = oneScreen.reply(bot.answer(line, conversation));
        language = last.shown().language();
        return shown(last);
    }

    private String shown(Reply reply) {
        Answer shown = reply.shown();
        List<String> lines = new ArrayList<>(List.of(shown.text()));
        if (shown.asksBack()) {
            for (int i = 0; i < shown.suggestions().size(); i++) {
                lines.add((i + 1) + ". " + shown.suggestions().get(i));
            }
            lines.add(text("console.choose"));
            return String.join("\n", lines);
        }
        List<String> hints = new ArrayList<>();
        if (reply.shortened() && !reply.caveatsOnly()) {
            hints.add(text("console.hint.more"));
        }
        if (reply.full().footnotes().size() > shown.footnotes().size() || reply.shortened() && !reply.full().footnotes().isEmpty()) {
            hints.add(text("console.hint.sources"));
        }
        if (!shown.why().isEmpty() || shown.suggestions().contains(bot.texts().text(language, "suggest.why"))) {
            hints.add(text("console.hint.why"));
        }
        if (!hints.isEmpty()) {
            lines.add(text("console.hint", String.join(", ", hints)));
        }
        return String.join("\n", lines);
    }

    /** Every caveat of the answer in full, and its source. */
    private static String sources(Answer full) {
        List<String> lines = new ArrayList<>(full.footnotes());
        if (!full.source().isEmpty()) {
            lines.add(full.source());
        }
        return String.join("\n", lines);
    }

    /** {@code /sectoren}, {@code /provinces} ...: the names of a breakdown on a few lines; else the help. */
    private String command(String name) {
        Optional<Breakdown> breakdown = bot.data().breakdowns().values().stream()
                .filter(b -> b.command().equals(name) || b.plural().in(Language.EN).toLowerCase(Locale.ROOT).equals(name)).findFirst();
        if (breakdown.isEmpty()) {
            return name.equals("bron") || name.equals("source") ? String.join("\n", bot.texts().sourceLines(language))
                    : bot.texts().text(language, "help");
        }
        Language in = breakdown.get().command().equals(name) ? Language.NL : Language.EN;
        List<String> names = bot.data().membersOf(breakdown.get().id()).stream().filter(m -> !bot.data().isTotal(m))
                .map(m -> bot.data().glosses().label(m, in)).toList();
        return bot.texts().named(in, "members", "plural", breakdown.get().plural().in(in)) + "\n" + String.join(" \u00b7 ", names);
    }

    private boolean typed(String said, String key) {
        String plain = said.replaceAll("[.!?]+$", "").strip();
        return Arrays.stream(Language.values()).anyMatch(l -> Arrays.asList(ChatTexts.get().text(l, key).split("\\|")).contains(plain));
    }

    private String text(String key, Object... args) {
        return bot.texts().words(language, ChatTexts.get().text(language, key, args));
    }
}
