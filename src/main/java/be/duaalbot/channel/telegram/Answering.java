package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.OneScreen;
import be.duaalbot.core.Reply;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Answers a question in a chat on one screen: the chart with the short answer as its caption
 * when it fits, else the chart with its title and the short answer after it (two messages at
 * most); the full answer only from "show all". The bot's text reply to each question is
 * remembered (two days), so that an edited question edits that reply.
 */
final class Answering {
    private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

    private final TelegramReplies replies;
    private final Sender sender;
    private final Buttons buttons;
    private final OneScreen oneScreen;
    private final boolean charts;
    private final Set<Long> chartsOff;
    private final ChartRenderer renderer = new ChartRenderer();

    Answering(TelegramReplies replies, Sender sender, Buttons buttons, boolean charts, Set<Long> chartsOff) {
        this.replies = replies;
        this.sender = sender;
        this.buttons = buttons;
        this.oneScreen = replies.oneScreen();
        this.charts = charts;
        this.chartsOff = chartsOff;
    }

    void answer(Place place, String question) {
        Reply reply = oneScreen.reply(replies.answer(question, place.chat()));
        Answer shown = reply.shown();
        InlineKeyboardMarkup keyboard = buttons.keyboard(reply);
        List<String> html = HtmlFormat.messages(shown);
        String key = place.chat() + ":" + place.message();
        byte[] png = charts && !chartsOff.contains(place.chat()) ? chart(shown) : null;
        if (png != null) {
            boolean fits = html.size() == 1 && html.get(0).length() <= HtmlFormat.MAX_CAPTION;
            sender.photo(place, png, fits ? html.get(0) : HtmlFormat.caption(shown), fits ? keyboard : null, null);
            if (fits) {
                return;
            }
            place = place.withoutReply();
        }
        sender.texts(place, html, keyboard, html.size() == 1 ? m -> buttons.replied(key, m.getMessageId()) : null);
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

    /** The whole answer, as the messages that follow the short one. */
    void showAll(Place place, Answer full) {
        sender.texts(place.withoutReply(), HtmlFormat.messages(full), null, null);
    }

    /** The answer's figures as a CSV document in the chat (UTF-8 with its byte order mark, as Excel needs it). */
    void csv(Place place, Answer full) {
        var texts = replies.composer();
        byte[] csv = texts.csv(full).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sender.document(place.withoutReply(), csv, texts.csvFileName(full));
    }

    /** An edited question: its earlier text reply is edited to the new answer; otherwise answered anew. */
    void edited(Place place, String question) {
        Integer earlier = buttons.reply(place.chat() + ":" + place.message()).orElse(null);
        if (earlier == null) {
            answer(place, question);
            return;
        }
        Reply reply = oneScreen.reply(replies.answer(question, place.chat()));
        List<String> html = HtmlFormat.messages(reply.shown());
        sender.edit(place, earlier, html.get(0), buttons.keyboard(reply));
    }
}
