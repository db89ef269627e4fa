package be.duaalbot.channel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits for a condition the code under test brings about, checking it often, within a generous bound. */
public final class Await {
    private Await() {
    }

    public static void until(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Object monitor = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + seconds + " s: " + what);
            }
            synchronized (monitor) {
                monitor.wait(50);
            }
        }
    }
}
