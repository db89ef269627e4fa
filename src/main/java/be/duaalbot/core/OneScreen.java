package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen by default: an answer longer than about twelve lines or 1,500 characters becomes a
 * short form built from its structure: how it was read, a summary of its figures (the total, the
 * top rows, what was left out), its why, its caveats in one line and its source. Chart and next
 * questions stay. An answer that fits keeps one caveat line. The full answer stays with the reply
 * for the "show all" (or "sources") button; nothing is lost.
 */
public final class OneScreen {
    public static final int MAX_LINES = 12;
    public static final int MAX_CHARS = 1500;
    /** The short form's own budget, leaving room for a chart's caption within {@link #MAX_CHARS}. */
    static final int SHORT_CHARS = 1300;
    private static final int READ_AS = 200;
    private static final int CAVEATS = 330;
    /** The least a caveat line or the reading is cut to when the short form is still too long. */
    private static final int MIN_LINE = 100;
    /** The one why line of a summary; the whole why is one "waarom?" away. */
    private static final int WHY = 240;

    private final DuaalBot bot;

    public OneScreen(DuaalBot bot) {
        this.bot = bot;
    }

    public static boolean fits(Answer answer) {
        String text = answer.text();
        return text.length() <= MAX_CHARS && text.lines().count() <= MAX_LINES;
    }

    /**
     * What a chat shows first: the answer itself when it fits with at most one caveat; with more
     * caveats, the same with one caveat line (all of them one tap away); when longer, its summary.
     */
    public Reply reply(Answer full) {
        if (!fits(full)) {
            return new Reply(shorten(full), full);
        }
        if (full.footnotes().size() <= 1) {
            return new Reply(full, full);
        }
        return new Reply(new Answer(full.question(), full.language(), full.status(), full.figures(), full.readAs(), full.body(),
                full.why(), List.of(oneCaveat(full)), full.source(), full.suggestions(), full.chart()), full);
    }

    /** The first caveat's first sentence, and how many more there are: the rest come with "sources". */
    private static String oneCaveat(Answer full) {
        ChatTexts t = ChatTexts.get();
        String first = firstSentence(full.footnotes().get(0));
        return cut(first, CAVEATS) + t.text(full.language(), "short.moreCaveats", full.footnotes().size() - 1);
    }

    private Answer shorten(Answer full) {
        List<String> caveats = full.footnotes().isEmpty() ? List.of() : List.of(caveatLine(full));
        String readAs = cut(full.readAs(), READ_AS);
        List<String> why = full.why().stream().map(w -> cut(w, WHY)).limit(1).toList();
        int fixed = readAs.length() + full.source().length() + length(caveats) + length(why) + 3;
        int lines = MAX_LINES - (readAs.isEmpty() ? 0 : 1) - caveats.size() - why.size() - (int) full.source().lines().count(); // a source per line
        int chars = SHORT_CHARS - fixed;
        Answer shown = shortForm(full, readAs, body(full, lines, chars), why, caveats);
        // what the text adds around the parts (labels, a second source's line) is known only once built: take it off and build again
        for (int tries = 0; tries < 3 && shown.text().length() > SHORT_CHARS; tries++) {
            chars -= shown.text().length() - SHORT_CHARS;
            shown = shortForm(full, readAs, body(full, lines, chars), why, caveats);
        }
        int over = shown.text().length() - SHORT_CHARS;
        if (over > 0) { // the body at its least (the total and the top rows): the caveat line and the reading give way, all one tap away
            List<String> shorter = caveats.stream().map(c -> cut(c, Math.max(MIN_LINE, c.length() - over))).toList();
            String read = cut(readAs, Math.max(MIN_LINE, readAs.length() - Math.max(0, over - length(caveats) + length(shorter))));
            shown = shortForm(full, read, shown.body(), why, shorter);
        }
        return shown;
    }

    private List<String> body(Answer full, int lines, int chars) {
        return TableSummary.fits(full, bot.data())
                ? new TableSummary(bot.data(), full.language()).lines(full, lines, chars)
                : firstLines(full, lines, chars);
    }

    private static Answer shortForm(Answer full, String readAs, List<String> body, List<String> why, List<String> caveats) {
        return new Answer(full.question(), full.language(), full.status(), List.of(), readAs, body, why, caveats,
                full.source(), full.suggestions(), full.chart());
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(l -> l.length() + 1).sum();
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
        return String.join(" ", footnotes.stream().map(OneScreen::firstSentence).toList());
    }

    /** Up to the first full stop before a capital: "vraag nr. 677" or "bv. de bouw" goes on. */
    private static String firstSentence(String note) {
        for (int stop = note.indexOf(". "); stop > 0; stop = note.indexOf(". ", stop + 1)) {
            if (stop + 2 < note.length() && Character.isUpperCase(note.charAt(stop + 2))) {
                return note.substring(0, stop + 1);
            }
        }
        return note;
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
