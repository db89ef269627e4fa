package be.duaalbot.channel.slack;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.ChartModel;
import be.duaalbot.core.OneScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text to and from Slack. Incoming text arrives HTML-escaped and with mentions as
 * {@code <@U…>} and {@code <#C…|name>}: unescaped and stripped, so that "horeca &amp; bouw" reads
 * as two sectors. Outgoing {@code text} is escaped and at most 4,000 characters; a chart's
 * {@code alt_txt} says its figures in words.
 */
final class SlackText {
    static final int MAX_TEXT = 4000;
    private static final int MAX_ALT = 1000;
    private static final Pattern MENTION = Pattern.compile("<[@#!][A-Za-z0-9^]+(\\|[^>]*)?>");
    private static final Pattern LINK = Pattern.compile("<(https?://[^>|]+)(\\|([^>]*))?>");

    private SlackText() {
    }

    static String incoming(String text) {
        if (text == null) {
            return "";
        }
        String plain = MENTION.matcher(text).replaceAll(" ");
        plain = LINK.matcher(plain).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(3) != null ? m.group(3) : m.group(1)));
        // &amp; last, so that "&amp;lt;" stays the four characters "&lt;" the user typed
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The answer's lines, escaped: how it was read, the body, the caveats, the source. */
    static List<String> lines(Answer answer) {
        List<String> lines = new ArrayList<>();
        if (!answer.readAs().isEmpty()) {
            lines.add("_" + escape(answer.readAs()) + "_");
        }
        answer.body().forEach(l -> lines.add(escape(l)));
        answer.why().forEach(l -> lines.add(escape(l)));
        answer.footnotes().forEach(l -> lines.add(escape(l)));
        if (!answer.source().isEmpty()) {
            lines.add(escape(answer.source()));
        }
        return lines;
    }

    /** The plain fallback of a message: escaped, within Slack's 4,000 characters. */
    static String fallback(Answer answer) {
        return cut(escape(answer.text()));
    }

    static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : OneScreen.cut(text, MAX_TEXT);
    }

    /** A chart in words, for screen readers: its title, then each series with its points. */
    static String altText(ChartModel chart) {
        StringBuilder out = new StringBuilder(chart.title()).append('.');
        for (ChartModel.Series s : chart.series()) {
            out.append(' ').append(s.name()).append(':');
            s.points().forEach(p -> out.append(' ').append(p.category()).append(' ').append(p.value()).append(','));
            out.setCharAt(out.length() - 1, '.');
        }
        return OneScreen.cut(out.toString(), MAX_ALT);
    }
}
