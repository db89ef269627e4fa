package be.duaalbot.channel.slack;

import be.duaalbot.answer.Answer;
import be.duaalbot.channel.MessageSplitter;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.Reply;
import be.duaalbot.data.Dataset;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts replies into Slack. An answer goes as Block Kit with its buttons, its chart after it; if
 * Slack refuses the message for its size, the short form follows as plain text, so no answer is
 * lost. "Show all" sends the full answer in the thread, in messages of a few sections each.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    /** A "show all" message: a few sections, well within {@link BlockKit#SAFE_TOTAL}. */
    private static final int SECTIONS_PER_MESSAGE = 3;

    /** One message of a full answer: its plain fallback and its blocks. */
    record Part(String text, List<LayoutBlock> blocks) { }

    private final Dataset data;
    private final SlackButtons buttons;
    private final boolean charts;
    private final ChartRenderer renderer = new ChartRenderer();
    /** The channel's message counters: each post's outcome. */
    private final Consumer<String> outcomes;

    Delivery(Dataset data, SlackButtons buttons, boolean charts, Consumer<String> outcomes) {
        this.data = data;
        this.buttons = buttons;
        this.charts = charts;
        this.outcomes = outcomes;
    }

    void answer(MethodsClient client, String channel, String thread, Reply reply) {
        Answer shown = reply.shown();
        String error = SlackPoster.post(client, channel, thread, SlackText.fallback(shown), blocks(reply, false), outcomes);
        if (SlackPoster.tooLarge(error)) {
            SlackPoster.post(client, channel, thread, SlackText.fallback(shown), null, outcomes);
        }
        chart(client, channel, thread, shown);
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
            SlackPoster.upload(client, channel, thread, chart.title(), SlackText.altText(chart), png);
        }
    }

    void showAll(MethodsClient client, String channel, String thread, Answer full) {
        for (Part part : parts(full)) {
            String error = SlackPoster.post(client, channel, thread, part.text(), part.blocks(), outcomes);
            if (SlackPoster.tooLarge(error)) {
                SlackPoster.post(client, channel, thread, part.text(), null, outcomes);
            }
        }
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
