package be.duaalbot.review;

import be.duaalbot.core.AnswerListener;
import be.duaalbot.core.Asked;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answering side's only cost of the review: {@link #answered} puts the question in a queue
 * bounded in bytes and returns; a full queue drops it (counted). One daemon thread takes the
 * queue in batches, decides what to keep ({@link Tracker}) and writes it in one transaction; it
 * purges entries older than the retention at start and once a day. A store that cannot be opened
 * or written is said once in the log and counted per question ({@code duaalbot_review_failures_total});
 * answers never wait for it nor fail because of it.
 */
public final class Recorder implements AnswerListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);
    private static final int BATCH = 256;

    private final MissStore store;
    private final Tracker tracker;
    private final Clock clock;
    private final int days;
    private final LinkedBlockingQueue<Stamped> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final long maxQueued;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final ReviewMetrics metrics;
    private final AtomicBoolean saidFailure = new AtomicBoolean();
    private final Thread worker;
    private volatile boolean running = true;
    private LocalDate purged;

    private record Stamped(Asked asked, Instant at, int weight) {
    }

    Recorder(MissStore store, DuaalBot bot, Clock clock, int days, long bytes, MeterRegistry registry) {
        this.store = store;
        this.tracker = new Tracker(bot, bytes / 2);
        this.maxQueued = bytes / 2;
        this.clock = clock;
        this.days = days;
        this.metrics = new ReviewMetrics(registry, this);
        this.worker = new Thread(this::run, "duaalbot-review");
        worker.setDaemon(true);
    }

    /**
     * The recorder of {@code serve}: the store in the state directory, opened (made, migrated) and
     * purged before the first answer. A store that cannot be opened is said once; the recorder then
     * counts what it could not keep.
     */
    public static Recorder start(Settings.Review settings, DuaalBot bot, MemoryBudget budget, MeterRegistry registry, Clock clock) {
        MissStore store = null;
        try {
            store = MissStore.open(settings.stateDir(), settings.megabytes() * 1024L * 1024L);
        } catch (SQLException | IOException | RuntimeException | LinkageError e) {
            LOG.warn("review: cannot open the store in {} ({}); missed questions are not kept, only counted "
                    + "(duaalbot_review_failures_total). Mount a writable volume there, or set DUAALBOT_REVIEW=false",
                    settings.stateDir(), e.getMessage());
        }
        Recorder recorder = new Recorder(store, bot, clock, settings.days(), budget.bytes(MemoryBudget.Store.REVIEW), registry);
        recorder.purgeIfDue();
        recorder.worker.start();
        return recorder;
    }

    @Override
    public void answered(Asked asked) {
        int weight = asked.weight();
        if (queued.addAndGet(weight) > maxQueued) {
            queued.addAndGet(-weight);
            metrics.dropped();
            return;
        }
        offered.incrementAndGet();
        queue.add(new Stamped(asked, clock.instant(), weight));
    }

    private void run() {
        List<Stamped> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                Stamped first = queue.poll(1, TimeUnit.MINUTES);
                purgeIfDue();
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.forEach(s -> queued.addAndGet(-s.weight()));
                done.addAndGet(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<Stamped> batch) {
        Tracker.Batch writes = new Tracker.Batch();
        for (Stamped s : batch) {
            try {
                tracker.see(s.asked(), s.at(), writes);
            } catch (RuntimeException e) {
                failed(1, e);
            }
        }
        if (writes.inserts.isEmpty() && writes.choices.isEmpty()) {
            return;
        }
        if (store == null) {
            metrics.failed(writes.inserts.size());
            return;
        }
        try {
            store.write(writes.inserts, writes.choices);
            writes.inserts.forEach(i -> metrics.kept(i.miss()));
        } catch (SQLException | RuntimeException e) {
            failed(writes.inserts.size(), e);
        }
    }

    private void failed(int count, Exception e) {
        metrics.failed(count);
        if (saidFailure.compareAndSet(false, true)) {
            LOG.warn("review: a missed question could not be kept ({}: {}); answers go on, further failures are only counted "
                    + "(duaalbot_review_failures_total)", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** At start and at the first question of a new day (UTC): entries older than the retention go. */
    private void purgeIfDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (today.equals(purged) || store == null) {
            return;
        }
        purged = today;
        try {
            int gone = store.purge(today.minusDays(days));
            if (gone > 0) {
                LOG.info("review: {} missed questions older than {} days purged", gone, days);
            }
        } catch (SQLException e) {
            failed(0, e);
        }
    }

    /** The store's file size on disk; 0 without a store. */
    long bytes() {
        return store == null ? 0 : store.bytes();
    }

    /** Whether the store opened; when not, misses are only counted. */
    public boolean keeping() {
        return store != null;
    }

    /** Waits until every question handed over so far is written (or counted as not); for tests and a clean stop. */
    public void flush() throws InterruptedException {
        flush(30);
    }

    private void flush(int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (done.get() < offered.get() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** Writes what is queued (two seconds at most), then stops the writer and closes the store. */
    @Override
    public void close() {
        try {
            flush(2);
            running = false;
            worker.interrupt();
            worker.join(5_000);
            if (store != null) {
                store.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.info("review: closing the store: {}", e.getMessage());
        }
    }
}
