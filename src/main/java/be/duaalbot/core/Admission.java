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

    /** Four answers and one render per core: the answers are CPU-bound, and a render allocates the most. */
    public static Admission forCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Admission(4 * cores, cores);
    }

    /** The answer's work, or empty when too many run already. */
    public <T> Optional<T> answer(Supplier<T> work) {
        return run(answers, work);
    }

    /** A chart render, or empty when too many run already. */
    public <T> Optional<T> render(Supplier<T> work) {
        return run(renders, work);
    }

    private static <T> Optional<T> run(Semaphore slots, Supplier<T> work) {
        boolean got;
        try {
            got = slots.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
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
