package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer as Telegram HTML: the read-as line and the footnotes in italics, the source small
 * print last; every text escaped, so a question with {@code <}, {@code &} or {@code *} cannot
 * break a reply. Longer than one message allows, it is split on line boundaries.
 */
final class HtmlFormat {
    static final int MAX_MESSAGE = 4096;
    static final int MAX_CAPTION = 1024;

    private HtmlFormat() {
    }

    static List<String> messages(Answer answer) {
        List<String> lines = new ArrayList<>();
        if (!answer.readAs().isEmpty()) {
            lines.add("<i>" + escape(answer.readAs()) + "</i>");
        }
        answer.body().forEach(l -> lines.add(escape(l)));
        answer.why().forEach(l -> lines.add(escape(l)));
        answer.footnotes().forEach(l -> lines.add("<i>" + escape(l) + "</i>"));
        if (!answer.source().isEmpty()) {
            lines.add("<i>" + escape(answer.source()) + "</i>");
        }
        return split(lines);
    }

    /** A chart's caption when the answer follows as text: the chart's title, so that nothing is said twice. */
    static String caption(Answer answer) {
        String title = answer.chart().map(c -> c.title()).orElse(answer.readAs());
        return "<b>" + escape(title.length() > 900 ? title.substring(0, 900) : title) + "</b>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Joins lines into messages of at most {@link #MAX_MESSAGE} characters; a longer line is cut. */
    static List<String> split(List<String> lines) {
        return be.duaalbot.channel.MessageSplitter.split(lines, MAX_MESSAGE);
    }
}
