package be.duaalbot.channel.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
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
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final OkHttpTelegramClient client;
    private final Outbox outbox;

    Sender(OkHttpTelegramClient client, Outbox outbox) {
        this.client = client;
        this.outbox = outbox;
    }

    void texts(Place place, List<String> html, InlineKeyboardMarkup keyboard, Consumer<Message> sent) {
        for (int i = 0; i < html.size(); i++) {
            boolean first = i == 0;
            SendMessage send = SendMessage.builder().chatId(place.chat()).messageThreadId(place.thread())
                    .text(html.get(i)).parseMode("HTML").replyParameters(first ? reply(place) : null)
                    .replyMarkup(i == html.size() - 1 ? keyboard : null).build();
            outbox.enqueue(place.chat(), place.group(), Outbox.weight(html.get(i)), () -> notify(client.execute(send), first ? sent : null));
        }
    }

    void text(Place place, String html) {
        texts(place, List.of(html), null, null);
    }

    void photo(Place place, byte[] png, String caption, InlineKeyboardMarkup keyboard, Consumer<Message> sent) {
        outbox.enqueue(place.chat(), place.group(), png.length + Outbox.weight(caption), () -> notify(client.execute(SendPhoto.builder().chatId(place.chat())
                .messageThreadId(place.thread()).photo(new InputFile(new ByteArrayInputStream(png), "duaalbot.png"))
                .caption(caption).parseMode("HTML").replyParameters(reply(place)).replyMarkup(keyboard).build()), sent));
    }

    void edit(Place place, int messageId, String html, InlineKeyboardMarkup keyboard) {
        outbox.enqueue(place.chat(), place.group(), Outbox.weight(html), () -> client.execute(EditMessageText.builder().chatId(place.chat())
                .messageId(messageId).text(html).parseMode("HTML").replyMarkup(keyboard).build()));
    }

    /** Acknowledges a pressed button at once (the spinner stops), with a short text when there is one. */
    void acknowledge(String callbackId, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
        } catch (Exception e) {
            LOG.warn("telegram: answerCallbackQuery failed ({})", e.getClass().getSimpleName());
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
