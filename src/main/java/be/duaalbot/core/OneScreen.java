package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen by default: an answer longer than about twelve lines or 1,500 characters becomes a
 * short form built from its structure: how it was read, a summary of its figures (the total, the
 * top rows, what was left out), its caveats in one line and its source. Chart and next questions
 * stay. The full answer stays with the reply for the "show all" button; nothing is lost.
 */
public final class OneScreen {
    public static final int MAX_LINES = 12;
    public static final int MAX_CHARS = 1500;
    /** The short form's own budget, leaving room for a chart's caption within {@link #MAX_CHARS}. */
    static final int SHORT_CHARS = 1300;
    private static final int READ_AS = 200;
    private static final int CAVEATS = 330;

    private final DuaalBot bot;

    public OneScreen(DuaalBot bot) {
        this.bot = bot;
    }

    public static boolean fits(Answer answer) {
        String text = answer.text();
        return text.length() <= MAX_CHARS && text.lines().count() <= MAX_LINES;
    }

    public Reply reply(Answer full) {
        return fits(full) ? new Reply(full, full) : new Reply(shorten(full), full);
    }

    private Answer shorten(Answer full) {
        List<String> caveats = full.footnotes().isEmpty() ? List.of() : List.of(caveatLine(full));
        String readAs = cut(full.readAs(), READ_AS);
        int fixed = readAs.length() + full.source().length() + caveats.stream().mapToInt(String::length).sum() + 3;
        int lines = MAX_LINES - (readAs.isEmpty() ? 0 : 1) - caveats.size() - (full.source().isEmpty() ? 0 : 1);
        List<String> body = TableSummary.fits(full, bot.data())
                ? new TableSummary(bot.data(), full.language()).lines(full, lines, SHORT_CHARS - fixed)
                : firstLines(full, lines, SHORT_CHARS - fixed);
        return new Answer(full.question(), full.language(), full.status(), List.of(), readAs, body, caveats,
                full.source(), full.suggestions(), full.chart());
    }

    /** The body's first lines within the budget, and how many were left out. */
    private static List<String> firstLines(Answer full, int lines, int chars) {
        ChatTexts t = ChatTexts.get();
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String line : full.body()) {
            String piece = cut(line, chars / 2);
            if (out.size() + 2 > lines || used + piece.length() + 120 > chars) {
                break;
            }
            out.add(piece);
            used += piece.length() + 1;
        }
        out.add(t.text(full.language(), "short.leftOutLines", full.body().size() - out.size()));
        return out;
    }

    /** The answer's caveats in one line ("Let op: ..."), each by its first sentence; empty when it has none. */
    public static String caveatLine(Answer full) {
        return full.footnotes().isEmpty() ? ""
                : cut(ChatTexts.get().text(full.language(), "short.caveats", caveats(full.footnotes())), CAVEATS);
    }

    /** Each caveat's first sentence, joined: the full answer keeps them whole. */
    private static String caveats(List<String> footnotes) {
        List<String> out = new ArrayList<>();
        for (String note : footnotes) {
            int stop = note.indexOf(". ");
            out.add(stop > 0 ? note.substring(0, stop + 1) : note);
        }
        return String.join(" ", out);
    }

    /** The text, cut at a word before {@code max} characters with an ellipsis when longer. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1) + "\u2026";
    }
}
