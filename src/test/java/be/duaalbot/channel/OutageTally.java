package be.duaalbot.channel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What became of the questions asked in an outage run, counted from what the fake API delivered:
 * answered once, answered more than once (and the extra messages), lost. A delivery is known by
 * its conversation and its text, so each question of a conversation must have an answer of its own.
 */
public record OutageTally(int asked, long once, long duplicated, long extra, long lost) {

    public static OutageTally of(int asked, Collection<String> deliveries) {
        Map<String, Long> counts = deliveries.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long once = counts.values().stream().filter(n -> n == 1).count();
        long duplicated = counts.size() - once;
        long extra = counts.values().stream().mapToLong(n -> n - 1).sum();
        return new OutageTally(asked, once, duplicated, extra, Math.max(0, asked - counts.size()));
    }

    /** How long each phase of an outage lasts: 15 s (issue 21's minute of four phases) unless {@code -Doutage.phase} says otherwise. */
    public static long phaseMillis() {
        return Long.getLong("outage.phase", 15) * 1000;
    }

    /** Runs the outage in the background: after {@code delay}, each phase for {@code each}, then {@code recover}. */
    public static Thread outage(long delayMillis, long eachMillis, List<ThrowingRunnable> phases, ThrowingRunnable recover) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                for (ThrowingRunnable phase : phases) {
                    phase.run();
                    Thread.sleep(eachMillis);
                }
                recover.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "outage");
        t.start();
        return t;
    }

    /**
     * Waits until {@code delivered} has not grown for {@code quietMillis} (everything sent or given
     * up), at most {@code maxMillis}; the seconds from the call (the outage's end) to its last growth:
     * how long the outbox took to drain.
     */
    public static long settle(java.util.function.IntSupplier delivered, long quietMillis, long maxMillis) throws InterruptedException {
        long start = System.currentTimeMillis();
        long end = System.currentTimeMillis() + maxMillis;
        int last = -1;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < end && System.currentTimeMillis() - since < quietMillis) {
            int now = delivered.getAsInt();
            if (now != last) {
                last = now;
                since = System.currentTimeMillis();
            }
            Thread.sleep(500);
        }
        return Math.max(0, since - start) / 1000;
    }

    /** {@code n} questions each with an answer of its own (a member, a measure, a school year), in a fixed random order. */
    public static List<String> questions(be.duaalbot.core.DuaalBot bot, be.duaalbot.data.Language language, int n) {
        var data = bot.data();
        List<String> out = new java.util.ArrayList<>();
        for (String year : data.schoolYears()) {
            for (String measure : data.measuresWithTables()) {
                for (String member : data.allMembers()) {
                    if (!data.isTotal(member) && data.tableWith(measure, member).isPresent()) {
                        out.add(member + " " + data.measures().get(measure).name().in(language) + " " + year);
                    }
                }
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(21));
        return out.subList(0, n);
    }

    public String row(String scenario) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d (%d extra messages) | %d |", scenario, asked, once, duplicated, extra, lost);
    }

    /** A step of an outage. */
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
