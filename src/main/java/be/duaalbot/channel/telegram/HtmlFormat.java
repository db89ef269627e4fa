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
        answer.footnotes().forEach(l -> lines.add("<i>" + escape(l) + "</i>"));
        if (!answer.source().isEmpty()) {
            lines.add("<i>" + escape(answer.source()) + "</i>");
        }
        return split(lines);
    }

    /** A short caption for a chart: how the question was read, and the first line of the answer. */
    static String caption(Answer answer) {
        String first = answer.body().isEmpty() ? "" : answer.body().get(0);
        String text = "<i>" + escape(answer.readAs()) + "</i>\n" + escape(first);
        return text.length() <= MAX_CAPTION ? text : escape(first.length() > 900 ? first.substring(0, 900) : first);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Joins lines into messages of at most {@link #MAX_MESSAGE} characters; a longer line is cut. */
    static List<String> split(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String piece = line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) : line;
            if (current.length() > 0 && current.length() + 1 + piece.length() > MAX_MESSAGE) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
