package be.duaalbot.channel.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.channel.MessageSplitter;
import be.duaalbot.data.Dataset;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer in Block Kit: how the question was read (context), the figures as a section with
 * fields (up to ten), the text, then a context block with the caveats and the source, then the
 * buttons. Texts are escaped for mrkdwn and kept within Slack's limits: sections of at most
 * 3,000 characters, and a whole message of at most {@link #SAFE_TOTAL} characters of text,
 * well below where Slack answers {@code msg_blocks_too_long}.
 */
final class BlockKit {
    static final int SECTION_TEXT = 2900;
    static final int SAFE_TOTAL = 9000;
    private static final int MAX_FIELDS = 10;
    private static final int MAX_CONTEXT = 10;

    private BlockKit() {
    }

    static List<LayoutBlock> blocks(Answer answer, Dataset data, LayoutBlock actions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!answer.readAs().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("_" + SlackText.escape(answer.readAs()) + "_")))));
        }
        if (!answer.figures().isEmpty() && answer.figures().size() <= MAX_FIELDS) {
            blocks.add(section(s -> s.fields(fields(answer, data))));
        }
        int room = SAFE_TOTAL - answer.readAs().length() - answer.source().length();
        List<String> text = new ArrayList<>(answer.body());
        text.addAll(answer.why());
        for (String chunk : chunks(text.stream().map(SlackText::escape).toList())) {
            if ((room -= chunk.length()) < 0) {
                break; // the short form is far below this; a full answer goes by "show all", in several messages
            }
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        List<ContextBlockElement> notes = new ArrayList<>();
        answer.footnotes().forEach(n -> notes.add(markdownText(SlackText.escape(n))));
        if (!answer.source().isEmpty()) {
            notes.add(markdownText(SlackText.escape(answer.source())));
        }
        if (!notes.isEmpty()) {
            blocks.add(context(c -> c.elements(notes.size() > MAX_CONTEXT ? notes.subList(0, MAX_CONTEXT) : notes)));
        }
        if (actions != null) {
            blocks.add(actions);
        }
        return blocks;
    }

    /** Lines of mrkdwn as sections. */
    static List<LayoutBlock> sections(List<String> lines) {
        return chunks(lines).stream().map(chunk -> (LayoutBlock) section(s -> s.text(markdownText(chunk)))).toList();
    }

    private static List<TextObject> fields(Answer answer, Dataset data) {
        List<TextObject> fields = new ArrayList<>();
        NumberFormat format = NumberFormat.getIntegerInstance(answer.language().locale());
        for (Figure f : answer.figures()) {
            String measure = data.measures().get(f.measure()).name().in(answer.language());
            fields.add(markdownText("*" + SlackText.escape(f.member()) + "*\n" + measure + " · " + f.schoolYear() + ": *"
                    + format.format(f.value()) + "*"));
        }
        return fields;
    }

    private static List<String> chunks(List<String> lines) {
        return MessageSplitter.split(lines, SECTION_TEXT);
    }
}
