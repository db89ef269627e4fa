package be.duaalbot.channel;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake API's faults during an outage: while on, each call fails with probability {@code share}
 * (from a seeded random, so a run can be repeated), with one of the given kinds in turn. The
 * kinds a fake knows: "500", "502" (an HTML page), "429", "not json", "hang" and "reset" (the
 * request is read, nothing is delivered, and no answer comes: held until the client gives up, or
 * the connection closed), and "delivered hang", "delivered reset" (the message is delivered, then
 * the same). Counts the faults served, so a test can wait for an outage to have been felt.
 */
public final class Faults {
    private final Random random;
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private double share;
    private List<String> kinds = List.of();
    private int turn;
    private volatile long holdSeconds = 60;

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    /** From now on, a share of the calls fails, with these kinds in turn. */
    public synchronized void fail(double share, String... kinds) {
        this.share = share;
        this.kinds = List.of(kinds);
    }

    /** The outage is over. */
    public synchronized void recover() {
        fail(0);
    }

    /** The fault for this call, or null. */
    public synchronized String next() {
        if (kinds.isEmpty() || random.nextDouble() >= share) {
            return null;
        }
        String kind = kinds.get(turn++ % kinds.size());
        served.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        return kind;
    }

    /** Faults of this kind served so far. */
    public int served(String kind) {
        AtomicInteger n = served.get(kind);
        return n == null ? 0 : n.get();
    }

    /** How long a hanging call is held before it is cut (a minute unless set), or until the fake closes. */
    public void holdFor(java.time.Duration hold) {
        holdSeconds = hold.toSeconds();
    }

    /** A hanging call: no answer until the hold is over or the fake closes, then cut. */
    public void hang(HttpExchange exchange) {
        try {
            closed.await(holdSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cut(exchange);
    }

    /** The connection closed without an answer (the JDK server closes it when no headers were sent). */
    public static void cut(HttpExchange exchange) {
        exchange.close();
    }

    /** Ends every hanging call. */
    public void close() {
        closed.countDown();
    }
}
