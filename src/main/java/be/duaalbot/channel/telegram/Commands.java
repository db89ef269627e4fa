package be.duaalbot.channel.telegram;

import static be.duaalbot.channel.telegram.TelegramCommand.Menu.GROUP;
import static be.duaalbot.channel.telegram.TelegramCommand.Menu.PRIVATE;

import be.duaalbot.core.ChatTexts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;

/**
 * The bot's commands, each declared once with its menus and handler. In a group, charts are
 * switched by its admins only ({@code getChatMember}): one member should not decide for all.
 */
final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private final TelegramReplies replies;
    private final Sender sender;
    private final Answering answering;
    private final Set<Long> chartsOff;
    private final OkHttpTelegramClient client;

    Commands(TelegramReplies replies, Sender sender, Answering answering, Set<Long> chartsOff, OkHttpTelegramClient client) {
        this.replies = replies;
        this.sender = sender;
        this.answering = answering;
        this.chartsOff = chartsOff;
        this.client = client;
    }

    /** The fixed commands, and one per breakdown of the data listing its members (/sectoren, /provincies). */
    List<TelegramCommand> all() {
        List<TelegramCommand> all = new java.util.ArrayList<>(List.of(
                new TelegramCommand("duaal", Set.of(PRIVATE, GROUP), this::ask),
                new TelegramCommand("help", Set.of(PRIVATE, GROUP), (p, a) -> reply(p, "help")),
                new TelegramCommand("bron", Set.of(PRIVATE, GROUP), (p, a) -> reply(p, "bron"))));
        for (String command : replies.breakdownCommands().keySet()) {
            all.add(new TelegramCommand(command, Set.of(PRIVATE), (p, a) -> reply(p, command)));
        }
        all.add(new TelegramCommand("grafiek", Set.of(PRIVATE, GROUP), this::charts));
        all.add(new TelegramCommand("start", Set.of(PRIVATE), this::start));
        return all;
    }

    private void ask(Place place, String question) {
        if (question.isBlank()) {
            sender.texts(place, replies.command("help", place.language()), null, null);
        } else {
            answering.answer(place, question);
        }
    }

    /** {@code /start}, or a deep link's {@code /start <payload>}: the question it carries. */
    private void start(Place place, String payload) {
        DeepLink.question(payload).ifPresentOrElse(q -> answering.answer(place, q),
                () -> sender.texts(place, replies.command("start", place.language()), null, null));
    }

    private void reply(Place place, String command) {
        sender.texts(place, replies.command(command, place.language()), null, null);
    }

    private void charts(Place place, String argument) {
        if (place.group() && !admin(place)) {
            sender.text(place, HtmlFormat.escape(ChatTexts.get().text(place.language(), "adminsOnly")));
            return;
        }
        boolean off = argument.strip().toLowerCase(Locale.ROOT).matches("uit|off|nee|no");
        if (off) {
            chartsOff.add(place.chat());
        } else {
            chartsOff.remove(place.chat());
        }
        sender.text(place, HtmlFormat.escape(replies.text(place.language(), off ? "charts.off" : "charts.on")));
    }

    private boolean admin(Place place) {
        try {
            String status = client.execute(GetChatMember.builder().chatId(place.chat()).userId(place.user()).build()).getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (Exception e) {
            LOG.warn("telegram: getChatMember failed ({})", e.getClass().getSimpleName());
            return false;
        }
    }
}
