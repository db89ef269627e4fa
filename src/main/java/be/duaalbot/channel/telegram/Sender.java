package be.duaalbot.channel.telegram;

import be.duaalbot.channel.delivery.Outbox;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Every message the bot sends, through the outbox, to a {@link Place}: in its forum topic, and in
 * a group as a reply to the question (the first message only; if the question is gone by
 * then, the reply is sent anyway). {@code sent} hears of the first message Telegram took.
 * Within Telegram's limits: a message a second per chat, one every three seconds per group
 * (20 a minute), 30 a second overall (the outbox's spacing).
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    /** Messages a group can be sent per minute: one every three seconds. */
    static final int GROUP_PER_MINUTE = 20;
    static final Duration OVERALL = Duration.ofSeconds(1).dividedBy(30);
    private static final Duration CHAT = Duration.ofSeconds(1);
    private static final Duration GROUP = Duration.ofMinutes(1).dividedBy(GROUP_PER_MINUTE);

    private final OkHttpTelegramClient client;
    private final Outbox outbox;
    /** How long a call may take at most, its connect, write and read together: past it, it may have gone. */
    private final long callMillis;

    Sender(OkHttpTelegramClient client, Outbox outbox, Duration timeout) {
        this.client = client;
        this.outbox = outbox;
        this.callMillis = timeout.multipliedBy(3).plusSeconds(1).toMillis();
    }

    void texts(Place place, List<String> html, InlineKeyboardMarkup keyboard, Consumer<Message> sent) {
        for (int i = 0; i < html.size(); i++) {
            boolean first = i == 0;
            SendMessage send = SendMessage.builder().chatId(place.chat()).messageThreadId(place.thread())
                    .text(html.get(i)).parseMode("HTML").replyParameters(first ? reply(place) : null)
                    .replyMarkup(i == html.size() - 1 ? keyboard : null).build();
            enqueue(place, Outbox.weight(html.get(i)), () -> notify(await(client.executeAsync(send)), first ? sent : null));
        }
    }

    void text(Place place, String html) {
        texts(place, List.of(html), null, null);
    }

    void photo(Place place, byte[] png, String caption, InlineKeyboardMarkup keyboard, Consumer<Message> sent) {
        enqueue(place, png.length + Outbox.weight(caption), () -> notify(await(client.executeAsync(SendPhoto.builder().chatId(place.chat())
                .messageThreadId(place.thread()).photo(new InputFile(new ByteArrayInputStream(png), "duaalbot.png"))
                .caption(caption).parseMode("HTML").replyParameters(reply(place)).replyMarkup(keyboard).build())), sent));
    }

    /** A file (sendDocument, multipart), through the outbox like every message: tried again as a message is. */
    void document(Place place, byte[] bytes, String fileName) {
        enqueue(place, bytes.length, () -> await(client.executeAsync(SendDocument.builder().chatId(place.chat())
                .messageThreadId(place.thread()).document(new InputFile(new ByteArrayInputStream(bytes), fileName))
                .replyParameters(reply(place)).build())));
    }

    void edit(Place place, int messageId, String html, InlineKeyboardMarkup keyboard) {
        enqueue(place, Outbox.weight(html), () -> await(client.executeAsync(EditMessageText.builder().chatId(place.chat())
                .messageId(messageId).text(html).parseMode("HTML").replyMarkup(keyboard).build())));
    }

    /** Acknowledges a pressed button at once (the spinner stops), with a short text when there is one. */
    void acknowledge(String callbackId, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
        } catch (Exception e) {
            LOG.warn("telegram: answerCallbackQuery failed ({})", e.getClass().getSimpleName());
        }
    }

    private void enqueue(Place place, int bytes, Outbox.Attempt attempt) {
        outbox.enqueue(place.chat(), place.group() ? GROUP : CHAT, bytes, attempt);
    }

    /**
     * The call's result; what failed as the client reports it. The client's own {@code execute}
     * waits without a bound, and its callback never completes when a reset cuts the answer short:
     * past the call's timeouts, the call is given up as perhaps delivered.
     */
    private <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.get(callMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            call.cancel(true);
        }
    }

    private static ReplyParameters reply(Place place) {
        return place.replyTo() == null ? null
                : ReplyParameters.builder().messageId(place.replyTo()).allowSendingWithoutReply(true).build();
    }

    private static void notify(Message message, Consumer<Message> sent) {
        if (sent != null && message != null) {
            sent.accept(message);
        }
    }
}
