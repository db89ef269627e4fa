package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.RateLimits;
import be.duaalbot.core.Settings;
import be.duaalbot.data.Language;
import com.github.benmanes.caffeine.cache.Cache;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.MemoryBudget.Store;
import be.duaalbot.core.Weights;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import be.duaalbot.chart.ChartRenderer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * One update in, replies out: a question is answered in its chat's conversation, a command
 * gets its reply, a pressed button (callback query) is acknowledged and its question answered.
 * Replies go through the outbox; the next-question buttons carry a short key, since callback
 * data holds at most 64 bytes.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateRouter router;
    private final TelegramReplies replies;
    private final Outbox outbox;
    private final OkHttpTelegramClient client;
    private final Cache<String, String> buttons;
    private final AtomicLong nextButton = new AtomicLong();
    private final boolean charts;
    /** Chats that said /grafiek uit; bounded, and forgotten after a month of silence. */
    private final Cache<Long, Boolean> chartsOff;
    private final ChartRenderer renderer = new ChartRenderer();

    private final java.util.Set<String> allowedChats;
    private final RateLimits limits;
    /** Chats refused once already (not on the allow-list): they hear nothing more. */
    private final Cache<Long, Boolean> refused;

    UpdateHandler(UpdateRouter router, TelegramReplies replies, Outbox outbox, OkHttpTelegramClient client, Settings settings,
                  MemoryBudget budget) {
        this.buttons = budget.<String, String>cache(Store.TELEGRAM_BUTTONS, (k, v) -> Weights.ENTRY + Weights.text(k) + Weights.text(v))
                .expireAfterWrite(Duration.ofDays(2)).build();
        this.chartsOff = budget.<Long, Boolean>idCache(Store.TELEGRAM_CHARTS_OFF).expireAfterAccess(Duration.ofDays(30)).build();
        this.refused = budget.<Long, Boolean>idCache(Store.TELEGRAM_REFUSED).expireAfterWrite(Duration.ofDays(1)).build();
        this.router = router;
        this.replies = replies;
        this.outbox = outbox;
        this.client = client;
        this.charts = settings.charts();
        this.allowedChats = settings.telegramAllowedChats();
        this.limits = new RateLimits(settings.rateUserPerMinute(), settings.rateChatPerMinute(), budget.bytes(Store.TELEGRAM_RATE_LIMITS));
    }

    /**
     * Whether to answer this chat and user now: a chat off the allow-list gets one refusal, a user
     * or chat over its rate one polite reply, and after that silence. Nothing of the message is logged.
     */
    private boolean admitted(long chat, boolean group, Long user, Language language) {
        if (!Settings.allowed(allowedChats, Long.toString(chat))) {
            replies.refused();
            if (refused.asMap().putIfAbsent(chat, Boolean.TRUE) == null) {
                LOG.info("telegram: refused chat {} (not on TELEGRAM_ALLOWED_CHATS)", chat);
                send(chat, group, List.of(HtmlFormat.escape(replies.text(language, "refused"))), null);
            }
            return false;
        }
        // a group is sent a message every three seconds at most: it may ask no faster than that
        RateLimits.Decision decision = limits.check(TelegramReplies.CHANNEL, String.valueOf(user), Long.toString(chat),
                group ? Outbox.GROUP_PER_MINUTE : Integer.MAX_VALUE);
        if (decision != RateLimits.Decision.ALLOW) {
            replies.refused();
        }
        if (decision == RateLimits.Decision.REFUSE_POLITELY) {
            LOG.info("telegram: rate limit reached in chat {}", chat);
            send(chat, group, List.of(HtmlFormat.escape(replies.text(language, "rate.limited"))), null);
        }
        return decision == RateLimits.Decision.ALLOW;
    }

    void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                message(update.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("telegram: an update failed ({})", e.getClass().getSimpleName());
        }
    }

    private void message(Message message) {
        router.route(message).ifPresent(routed -> {
            long chat = message.getChatId();
            boolean group = !"private".equals(message.getChat().getType());
            Language language = Language.fromCode(message.getFrom() == null ? null : message.getFrom().getLanguageCode());
            if (!admitted(chat, group, message.getFrom() == null ? null : message.getFrom().getId(), language)) {
                return;
            }
            boolean asks = routed.command().isEmpty() || routed.command().equals("duaal");
            if (asks && !routed.question().isBlank()) {
                answer(routed.question(), chat, group);
            } else if (routed.command().equals("grafiek")) {
                boolean off = routed.question().strip().toLowerCase(java.util.Locale.ROOT).matches("uit|off|nee|no");
                if (off) {
                    chartsOff.put(chat, Boolean.TRUE);
                } else {
                    chartsOff.invalidate(chat);
                }
                send(chat, group, List.of(HtmlFormat.escape(replies.text(language, off ? "charts.off" : "charts.on"))), null);
            } else {
                send(chat, group, replies.command(asks ? "help" : routed.command(), language), null);
            }
        });
    }

    private void pressed(CallbackQuery query) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        } catch (Exception e) {
            LOG.warn("telegram: answerCallbackQuery failed ({})", e.getClass().getSimpleName());
        }
        String question = query.getData() == null ? null : buttons.getIfPresent(query.getData());
        if (question != null && query.getMessage() != null) {
            long chat = query.getMessage().getChatId();
            boolean group = !"private".equals(query.getMessage().getChat().getType());
            Language language = Language.fromCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode());
            if (admitted(chat, group, query.getFrom() == null ? null : query.getFrom().getId(), language)) {
                answer(question, chat, group);
            }
        }
    }

    /**
     * The answer as text, or as a chart with the answer as its caption when it fits Telegram's
     * 1,024 characters; a longer answer follows the chart as text.
     */
    private void answer(String question, long chat, boolean group) {
        Answer answer = replies.answer(question, chat);
        List<String> messages = HtmlFormat.messages(answer);
        InlineKeyboardMarkup keyboard = keyboard(answer.suggestions());
        byte[] png = charts && chartsOff.getIfPresent(chat) == null ? chart(answer) : null;
        if (png != null) {
            boolean fits = messages.size() == 1 && messages.get(0).length() <= HtmlFormat.MAX_CAPTION;
            String caption = fits ? messages.get(0) : HtmlFormat.caption(answer);
            outbox.enqueue(chat, group, png.length + Outbox.weight(caption), () -> client.execute(SendPhoto.builder().chatId(chat)
                    .photo(new InputFile(new java.io.ByteArrayInputStream(png), "duaalbot.png"))
                    .caption(caption).parseMode("HTML").replyMarkup(fits ? keyboard : null).build()));
            if (fits) {
                return;
            }
        }
        send(chat, group, messages, keyboard);
    }

    /** The answer's chart, or null when it has none or it cannot be drawn: the text never waits on its chart. */
    private byte[] chart(Answer answer) {
        if (answer.chart().isEmpty()) {
            return null;
        }
        try {
            return renderer.png(answer.chart().get(), answer.language().locale());
        } catch (RuntimeException e) {
            LOG.warn("telegram: a chart could not be drawn ({}); the answer goes as text", e.getClass().getSimpleName());
            return null;
        }
    }

    private void send(long chat, boolean group, List<String> messages, InlineKeyboardMarkup keyboard) {
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            SendMessage send = SendMessage.builder().chatId(chat).text(messages.get(i)).parseMode("HTML")
                    .replyMarkup(last ? keyboard : null).build();
            outbox.enqueue(chat, group, Outbox.weight(messages.get(i)), () -> client.execute(send));
        }
    }

    private InlineKeyboardMarkup keyboard(List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (String s : suggestions) {
            String key = "q" + nextButton.incrementAndGet();
            buttons.put(key, s);
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(s).callbackData(key).build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
