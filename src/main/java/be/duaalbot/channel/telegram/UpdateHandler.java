package be.duaalbot.channel.telegram;

import be.duaalbot.channel.Admission;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.RateLimits;
import be.duaalbot.core.Settings;
import be.duaalbot.data.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * One update in, replies out: a question or command, an edited question, a pressed button,
 * an inline query, or the bot's own membership of a group changing. Every asker passes the
 * admission first (allow-list, rate limits); nothing of a message is logged.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateRouter router;
    private final TelegramReplies replies;
    private final Sender sender;
    private final Buttons buttons;
    private final Answering answering;
    private final InlineAnswers inline;
    private final Map<String, TelegramCommand> commands;
    private final Set<String> allowedChats;
    private final Admission admission;

    UpdateHandler(Parts parts, Settings settings, MemoryBudget budget) {
        this.replies = parts.replies();
        this.sender = parts.sender();
        this.buttons = parts.buttons();
        this.answering = parts.answering();
        this.inline = parts.inline();
        this.commands = parts.commands().stream().collect(Collectors.toMap(TelegramCommand::name, Function.identity()));
        this.router = new UpdateRouter(parts.username(), parts.botId(), commands.keySet());
        this.allowedChats = TelegramSettings.of(settings).allowedChats();
        this.admission = new Admission(TelegramReplies.CHANNEL, new RateLimits(settings.rateUserPerMinute(),
                settings.rateChatPerMinute(), budget.bytes(TelegramModule.RATE_LIMITS)), budget.idCache(TelegramModule.REFUSED));
    }

    /** What the handler works with, made once the bot knows its name. */
    record Parts(String username, long botId, TelegramReplies replies, Sender sender, Buttons buttons,
                 Answering answering, InlineAnswers inline, List<TelegramCommand> commands) { }

    void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                message(update.getMessage(), false);
            } else if (update.hasEditedMessage()) {
                message(update.getEditedMessage(), true);
            } else if (update.hasInlineQuery() && admitted(new Place(0, false, null, null, false,
                    update.getInlineQuery().getFrom().getId(), Language.NL), false)) {
                inline.answer(update.getInlineQuery());
            } else if (update.hasMyChatMember()) {
                Greeting.added(update.getMyChatMember(), replies, sender);
            }
        } catch (RuntimeException e) {
            LOG.warn("telegram: an update failed ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * Whether to answer this place now; a refusal or a request to slow down is said once, and every
     * question not answered is counted as refused. A group is sent a message every three seconds at
     * most, so it may ask no faster than that.
     */
    private boolean admitted(Place place, boolean inChat) {
        Admission.Verdict verdict = admission.admit(!inChat || Settings.allowed(allowedChats, Long.toString(place.chat())),
                Long.toString(place.chat()), String.valueOf(place.user()), inChat ? Long.toString(place.chat()) : "inline",
                inChat && place.group() ? Sender.GROUP_PER_MINUTE : Integer.MAX_VALUE);
        if (verdict != Admission.Verdict.ANSWER) {
            replies.refused();
        }
        if (verdict == Admission.Verdict.REFUSE || verdict == Admission.Verdict.SLOW_DOWN) {
            LOG.info("telegram: {} chat {}", verdict == Admission.Verdict.REFUSE ? "refused" : "rate limit reached in", place.chat());
            if (inChat) {
                sender.text(place, HtmlFormat.escape(replies.text(place.language(), Admission.textKey(verdict))));
            }
        }
        return verdict == Admission.Verdict.ANSWER;
    }

    private void message(Message message, boolean edited) {
        Place place = Place.of(message, message.getFrom());
        var routed = router.route(message);
        if (routed.isEmpty()) {
            if (!edited && UpdateRouter.text(message) == null && router.addressed(message) && admitted(place, true)) {
                sender.text(place, HtmlFormat.escape(replies.chatText(place.language(), "textOnly")));
            }
            return;
        }
        if (!admitted(place, true)) {
            return;
        }
        String command = routed.get().command();
        String argument = routed.get().question();
        if (command.isEmpty() && edited) {
            answering.edited(place, argument);
        } else if (command.isEmpty()) {
            answering.answer(place, argument);
        } else if (!edited) {
            commands.get(command).handler().handle(place, argument);
        }
    }

    /**
     * A button: "show all" sends the full answer, "CSV" its figures as a file, a next question is
     * answered; a gone key says it expired.
     */
    private void pressed(CallbackQuery query) {
        Language language = Language.fromCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode());
        var full = buttons.full(query.getData());
        var csv = buttons.csv(query.getData());
        var question = buttons.question(query.getData());
        if (query.getMessage() == null || (full.isEmpty() && csv.isEmpty() && question.isEmpty())) {
            sender.acknowledge(query.getId(), ChatTexts.get().text(language, "button.expired"));
            return;
        }
        sender.acknowledge(query.getId(), null);
        Message shown = query.getMessage() instanceof Message m ? m : null;
        Place place = new Place(query.getMessage().getChatId(), !"private".equals(query.getMessage().getChat().getType()),
                shown != null && Boolean.TRUE.equals(shown.getIsTopicMessage()) ? shown.getMessageThreadId() : null,
                query.getMessage().getMessageId(), false, query.getFrom() == null ? null : query.getFrom().getId(), language);
        if (!admitted(place, true)) {
            return;
        }
        if (full.isPresent()) {
            answering.showAll(place, full.get());
        } else if (csv.isPresent()) {
            answering.csv(place, csv.get());
        } else {
            answering.answer(place, question.get());
        }
    }
}
