package be.duaalbot.channel.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.Dataset;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer in Block Kit: how the question was read (context), the figures as a section with
 * fields (up to ten), the text, then a context block with the caveats and the source; for an
 * ephemeral answer, a button to post it in the channel. Texts are escaped for mrkdwn and kept
 * within Slack's limits; {@code text} stays the plain fallback.
 */
final class BlockKit {
    static final String POST_ACTION = "duaal_post";
    private static final int SECTION_TEXT = 2900;
    private static final int MAX_FIELDS = 10;

    private BlockKit() {
    }

    static List<LayoutBlock> blocks(Answer answer, Dataset data, String postLabel, String postKey) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!answer.readAs().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("_" + escape(answer.readAs()) + "_")))));
        }
        if (!answer.figures().isEmpty() && answer.figures().size() <= MAX_FIELDS) {
            List<TextObject> fields = new ArrayList<>();
            NumberFormat format = NumberFormat.getIntegerInstance(answer.language().locale());
            for (Figure f : answer.figures()) {
                String measure = data.measures().get(f.measure()).name().in(answer.language());
                fields.add(markdownText("*" + escape(f.member()) + "*\n" + measure + " · " + f.schoolYear() + ": *"
                        + format.format(f.value()) + "*"));
            }
            blocks.add(section(s -> s.fields(fields)));
        }
        for (String chunk : chunks(answer.body())) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        List<ContextBlockElement> notes = new ArrayList<>();
        answer.footnotes().forEach(n -> notes.add(markdownText(escape(n))));
        if (!answer.source().isEmpty()) {
            notes.add(markdownText(escape(answer.source())));
        }
        if (!notes.isEmpty()) {
            blocks.add(context(c -> c.elements(notes.size() > 10 ? notes.subList(0, 10) : notes)));
        }
        if (postLabel != null && postKey != null) {
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(POST_ACTION)
                    .text(plainText(postLabel)).value(postKey))))));
        }
        return blocks;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The body lines, escaped, in pieces that fit a section's text. */
    private static List<String> chunks(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String piece = escape(line);
            piece = piece.length() > SECTION_TEXT ? piece.substring(0, SECTION_TEXT) : piece;
            if (current.length() > 0 && current.length() + piece.length() + 1 > SECTION_TEXT) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? "\n" : "").append(piece);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
