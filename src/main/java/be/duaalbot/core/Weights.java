package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.ChartModel;
import java.util.List;

/**
 * Estimated heap bytes of what the caches hold, for their weighers. Deliberately on the high
 * side: two bytes a character (as if no string were compact or shared with the data) and a
 * fixed cost per object and per cache entry, so a budget in bytes is an upper bound.
 */
public final class Weights {
    /** A cache entry's own cost: Caffeine's node, the map's table slot, the key's object header. */
    public static final int ENTRY = 128;
    static final int OBJECT = 48;
    /** An entry keyed by an id (a chat number, an event id of up to 40 characters) with a flag. */
    public static final int ID = ENTRY + OBJECT + 80;

    private Weights() {
    }

    public static int text(String s) {
        return s == null ? 0 : OBJECT + 2 * s.length();
    }

    public static int answer(Answer a) {
        long w = ENTRY + 4L * OBJECT + text(a.question()) + text(a.readAs()) + text(a.source())
                + texts(a.body()) + texts(a.why()) + texts(a.footnotes()) + texts(a.suggestions()) + a.figures().size() * 6L * OBJECT;
        if (a.chart().isPresent()) {
            ChartModel c = a.chart().get();
            w += 4L * OBJECT + text(c.title()) + text(c.caption()) + c.pointCount() * 3L * OBJECT + c.series().size() * 2L * OBJECT;
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }

    private static long texts(List<String> list) {
        long w = OBJECT;
        for (String s : list) {
            w += text(s);
        }
        return w;
    }
}
