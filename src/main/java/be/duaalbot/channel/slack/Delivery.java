package be.duaalbot.channel.slack;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.channel.MessageSplitter;
import be.duaalbot.channel.delivery.Outbox;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.Reply;
import be.duaalbot.data.Dataset;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts replies into Slack, through the outbox: each channel's messages in order, a second apart
 * (Slack's limit per channel), each tried again until it goes or is too old. An answer goes as
 * Block Kit with its buttons, its chart after it; if Slack refuses the message for its size, the
 * short form follows as plain text, so no answer is lost. "Show all" sends the full answer in the
 * thread, in messages of a few sections each; "CSV" uploads its figures as a file there.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    /** A "show all" message: a few sections, well within {@link BlockKit#SAFE_TOTAL}. */
    private static final int SECTIONS_PER_MESSAGE = 3;
    /** Slack's rate for chat.postMessage: a message a second per channel. */
    static final Duration PER_CHANNEL = Duration.ofSeconds(1);

    /** One message of a full answer: its plain fallback and its blocks. */
    record Part(String text, List<LayoutBlock> blocks) { }

    private final Dataset data;
    private final AnswerComposer texts;
    private final SlackButtons buttons;
    private final boolean charts;
    private final ChartRenderer renderer = new ChartRenderer();
    private final Outbox outbox;

    Delivery(DuaalBot bot, SlackButtons buttons, boolean charts, Outbox outbox) {
        this.data = bot.data();
        this.texts = bot.texts();
        this.buttons = buttons;
        this.charts = charts;
        this.outbox = outbox;
    }

    void answer(MethodsClient client, String channel, String thread, Reply reply) {
        Answer shown = reply.shown();
        post(client, channel, thread, SlackText.fallback(shown), blocks(reply, false));
        chart(client, channel, thread, shown);
    }

    /** A short notice (a refusal, a request to slow down) as plain text. */
    void notice(MethodsClient client, String channel, String thread, String text) {
        post(client, channel, thread, text, null);
    }

    List<LayoutBlock> blocks(Reply reply, boolean ephemeral) {
        return BlockKit.blocks(reply.shown(), data, buttons.actions(reply, ephemeral));
    }

    /** The answer's chart after it; one that cannot be drawn is left out, the answer stands without it. */
    void chart(MethodsClient client, String channel, String thread, Answer answer) {
        if (charts && answer.chart().isPresent()) {
            var chart = answer.chart().get();
            byte[] png;
            try {
                png = renderer.png(chart, answer.language().locale());
            } catch (RuntimeException e) {
                LOG.warn("slack: a chart could not be drawn ({}); the answer stands without it", e.getClass().getSimpleName());
                return;
            }
            upload(client, channel, thread, new SlackPoster.Upload("duaalbot.png", chart.title(), SlackText.altText(chart), png));
        }
    }

    /** The full answer's figures as a CSV file (UTF-8 with its byte order mark, as Excel needs it), {@code duaalbot-<slug>.csv}. */
    void csv(MethodsClient client, String channel, String thread, Answer full) {
        String name = texts.csvFileName(full);
        upload(client, channel, thread, new SlackPoster.Upload(name, name, null, texts.csv(full).getBytes(StandardCharsets.UTF_8)));
    }

    private void upload(MethodsClient client, String channel, String thread, SlackPoster.Upload file) {
        outbox.enqueue(channel, PER_CHANNEL, file.weight(), () -> SlackPoster.upload(client, channel, thread, file));
    }

    void showAll(MethodsClient client, String channel, String thread, Answer full) {
        for (Part part : parts(full)) {
            post(client, channel, thread, part.text(), part.blocks());
        }
    }

    private void post(MethodsClient client, String channel, String thread, String text, List<LayoutBlock> blocks) {
        // blocks weigh about as much again as their text
        outbox.enqueue(channel, PER_CHANNEL, 2 * Outbox.weight(text),
                () -> SlackPoster.postOrPlain(client, channel, thread, text, blocks));
    }

    /** The full answer as messages of a few sections, each with a fallback text within 4,000 characters. */
    static List<Part> parts(Answer full) {
        List<String> sections = MessageSplitter.split(SlackText.lines(full), BlockKit.SECTION_TEXT);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sections.size(); i += SECTIONS_PER_MESSAGE) {
            List<String> group = sections.subList(i, Math.min(sections.size(), i + SECTIONS_PER_MESSAGE));
            parts.add(new Part(SlackText.cut(String.join("\n", group)), BlockKit.sections(group)));
        }
        return parts;
    }
}
