package be.duaalbot.channel.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat channel's outgoing messages: one lane per conversation, sent in order and spaced as the
 * platform allows, each tried again by {@link Tries} until it goes or is too old. Messages wait
 * in memory within a byte budget ({@link Room}); when it is full, {@link #enqueue} waits, so the
 * channel stops taking work rather than losing what it took. A lane that waits never holds up
 * another: the scheduler only times the lanes, and each send runs on the sender pool.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** One try at sending a message: returns when the platform took it, throws what failed. */
    public interface Attempt {
        void send() throws Exception;
    }

    /** The platform's reading of what a failed try threw. */
    public interface Classifier {
        Failure classify(Exception e);
    }

    private record Queued(Attempt attempt, int kb, Tries tries) { }

    /** A conversation's messages; it leaves the map once empty and past its spacing. */
    private static final class Lane {
        final Deque<Queued> queue = new ArrayDeque<>();
        final long spacing;
        /** A drain is timed for it: from its first message until it retires. */
        boolean started;
        boolean retired;
        long nextSlot = Long.MIN_VALUE;

        Lane(long spacing) {
            this.spacing = spacing;
        }
    }

    private final String channel;
    private final DeliveryRules rules;
    private final Classifier classifier;
    /** Counts each try's outcome: sent, retried, rate_limited, failed, dropped. */
    private final Consumer<String> outcomes;
    private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();
    private final long globalSpacing;
    private long globalSlot = Long.MIN_VALUE;
    private final Room room;
    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor senders;
    /** When a try of this channel last failed as not taken or unsure (the platform in trouble); 0: never. */
    private volatile long troubleAt;

    /** {@code globalSpacing}: the least time between two sends of the whole channel. */
    public Outbox(String channel, DeliveryRules rules, long bytes, Duration globalSpacing, Classifier classifier,
                  Consumer<String> outcomes) {
        this.channel = channel;
        this.rules = rules;
        this.classifier = classifier;
        this.outcomes = outcomes;
        this.globalSpacing = globalSpacing.toNanos();
        this.room = new Room(bytes);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, channel + "-send"));
        this.senders = new ThreadPoolExecutor(4, 16, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, channel + "-sender"), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** A text message's weight: its characters, the request object around them, a keyboard or blocks. */
    public static int weight(String text) {
        return 2 * text.length() + 2048;
    }

    /**
     * Queues a message of about {@code bytes} in the lane {@code key}, whose sends are at least
     * {@code spacing} apart. Waits for room while the budget is full, up to the age a message may
     * reach; false when none came (the message is then dropped and counted).
     */
    public boolean enqueue(Object key, Duration spacing, int bytes, Attempt attempt) {
        Tries tries = new Tries(System.nanoTime());
        int kb = room.take(bytes, rules.maxAge());
        if (kb < 0) {
            tries.dropped(System.nanoTime(), rules, channel, outcomes);
            return false;
        }
        Queued queued = new Queued(attempt, kb, tries);
        while (true) {
            Lane lane = lanes.computeIfAbsent(key, k -> new Lane(spacing.toNanos()));
            synchronized (lane) {
                if (!lane.retired) {
                    lane.queue.add(queued);
                    if (!lane.started) {
                        lane.started = true;
                        schedule(key, lane, 0, true);
                    }
                    return true;
                }
            }
        }
    }

    /** Times the lane's next drain; {@code send}: it will send, so it takes a slot of the channel. */
    private void schedule(Object key, Lane lane, long extraNanos, boolean send) {
        long now = System.nanoTime();
        long at = Math.max(now + extraNanos, lane.nextSlot);
        if (send) {
            synchronized (this) {
                at = Math.max(at, globalSlot);
                globalSlot = at + globalSpacing;
            }
        }
        try {
            scheduler.schedule(() -> senders.execute(() -> drain(key, lane, send)), at - now, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // closed: close() counts what is left
        }
    }

    private void drain(Object key, Lane lane, boolean slotted) {
        Queued head;
        synchronized (lane) {
            head = lane.queue.peek();
            if (head == null) {
                lane.retired = true;
                lanes.remove(key, lane);
                return;
            }
            if (!slotted) {
                schedule(key, lane, 0, true);
                return;
            }
        }
        Duration wait = attempt(head);
        synchronized (lane) {
            if (wait == null) {
                lane.queue.poll();
                room.give(head.kb());
                lane.nextSlot = System.nanoTime() + lane.spacing;
            }
            schedule(key, lane, wait == null ? 0 : wait.toNanos(), !lane.queue.isEmpty());
        }
    }

    /** One try, unless the message is too old: null when done with it (sent, or given up), else the wait before the next. */
    private Duration attempt(Queued queued) {
        long now = System.nanoTime();
        if (queued.tries().tooOld(now, rules)) {
            queued.tries().dropped(now, rules, channel, outcomes);
            return null;
        }
        Duration unquiet = unquiet(queued.tries(), now);
        if (unquiet != null) {
            return unquiet;
        }
        try {
            queued.attempt().send();
            outcomes.accept("sent");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the message stays queued, and close() counts it
            return Duration.ZERO;
        } catch (Exception e) {
            Failure failure = classifier.classify(e);
            if (failure.kind() == Failure.Kind.NOT_TAKEN || failure.kind() == Failure.Kind.UNSURE) {
                troubleAt = System.nanoTime() | 1;
            }
            return queued.tries().after(failure, System.nanoTime(), rules, channel, outcomes);
        }
    }

    /**
     * For a message a try may have delivered: how long until the channel has gone a quiet spell
     * without failures, or null when it has (or the message needs no such wait). It is sent again
     * once, and a second unsure try ends it; sent again into an outage that still goes on, it
     * would most likely meet a second unsure failure and be given up, though it may never have
     * arrived. Waiting out the outage makes that last try count.
     */
    private Duration unquiet(Tries tries, long now) {
        long trouble = troubleAt;
        if (!tries.maybeDelivered() || trouble == 0) {
            return null;
        }
        long left = trouble + rules.quiet().toNanos() - now;
        return left > 0 ? Duration.ofNanos(left) : null;
    }

    /** Stops: waits up to {@code grace} for the queued messages to go, then drops (and counts) the rest. */
    public void close(Duration grace) {
        room.await(grace);
        scheduler.shutdownNow();
        senders.shutdownNow();
        try {
            scheduler.awaitTermination(3, TimeUnit.SECONDS);
            senders.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = room.await(Duration.ZERO);
        for (int i = 0; i < left; i++) {
            outcomes.accept("dropped");
        }
        if (left > 0) {
            LOG.warn("{}: {} messages not sent at stop", channel, left);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
