package be.duaalbot.core;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How much work runs at once, whatever the number of clients: answers (cheap, but each takes
 * some kilobytes) and chart renders (about 1.6 MB each). Work beyond the limit is refused at
 * once, so a channel can say "busy, retry" (HTTP: 429 with Retry-After) instead of queueing
 * allocations the heap cannot hold.
 */
public final class Admission {
    /** How long work waits for a slot before it is refused: long enough to smooth a burst. */
    private static final long WAIT_MILLIS = 200;

    private final Semaphore answers;
    private final Semaphore renders;

    public Admission(int answers, int renders) {
        this.answers = new Semaphore(answers);
        this.renders = new Semaphore(renders);
    }

    /**
     * Four answers per core, and renders on half the cores: a render takes 20 ms of CPU and 1.6 MB,
     * and the other half stays free for answers, health checks and the chat channels.
     */
    public static Admission forCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Admission(4 * cores, Math.max(1, cores / 2));
    }

    /** The answer's work, or empty when too many run already. */
    public <T> Optional<T> answer(Supplier<T> work) {
        return run(answers, work, WAIT_MILLIS);
    }

    /** A chart render, or empty at once when too many run already: a waiting render would hold a server thread. */
    public <T> Optional<T> render(Supplier<T> work) {
        return run(renders, work, 0);
    }

    private static <T> Optional<T> run(Semaphore slots, Supplier<T> work, long waitMillis) {
        boolean got;
        try {
            got = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!got) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            slots.release();
        }
    }
}
