package be.duaalbot.channel.telegram;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Outgoing messages, one lane per chat, within Telegram's limits: a message a second per chat,
 * one every three seconds per group (20 a minute), 30 a second overall. A 429 waits its
 * {@code retry_after} and sends again; a 5xx or network error retries with backoff a bounded
 * number of times, then the message is logged and dropped; any other error drops it at once.
 * A message is sent again only after Telegram said it was not taken, so no answer goes twice;
 * a lane that waits never holds up another: the scheduler only times the lanes, and each send
 * runs on the sender pool.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long SECOND = 1_000_000_000L;
    private static final int MAX_ATTEMPTS = 5;
    /** Messages a group can be sent per minute: one every three seconds. */
    static final int GROUP_PER_MINUTE = 20;

    /** One message to send: {@code send} does the call and throws what the client throws. */
    interface Delivery {
        void send() throws TelegramApiException;
    }

    /** A message with its weight in kilobytes, released from the global budget when it leaves. */
    private record Queued(Delivery delivery, int kb) { }

    private static final class Lane {
        final Deque<Queued> queue = new ArrayDeque<>();
        final long spacing;
        boolean busy;
        long nextSlot;
        int attempts;

        Lane(long spacing) {
            this.spacing = spacing;
        }
    }

    private final ScheduledExecutorService scheduler;
    /** Lanes of chats heard from lately; an idle lane is forgotten, a busy one lives on in its scheduled task. */
    private final Cache<Long, Lane> lanes = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();
    private final int maxQueued;
    private long globalSlot;

    private final java.util.concurrent.Executor senders;

    /** Kilobytes every queued message may hold together (MemoryBudget's TELEGRAM_OUTBOX). */
    private final java.util.concurrent.Semaphore room;
    private final int totalKb;

    /** Counts each message's outcome for /metrics: sent, retried, rate_limited, failed, dropped. */
    private final java.util.function.Consumer<String> outcomes;

    Outbox(ScheduledExecutorService scheduler, java.util.concurrent.Executor senders, int maxQueued, long bytes,
           java.util.function.Consumer<String> outcomes) {
        this.outcomes = outcomes;
        this.scheduler = scheduler;
        this.senders = senders;
        this.maxQueued = maxQueued;
        this.totalKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes >> 10));
        this.room = new java.util.concurrent.Semaphore(totalKb);
    }

    /** A text message's weight: its characters, the request object around them, a keyboard. */
    static int weight(String text) {
        return 2 * text.length() + 2048;
    }

    /**
     * Queues a message of about {@code bytes}. When every chat's queue together is at its budget,
     * this waits for room (up to {@link #ROOM_WAIT}): the worker that waits stops taking updates,
     * so the webhook answers 503 and long polling stops fetching, instead of a message being lost.
     */
    void enqueue(long chatId, boolean group, int bytes, Delivery delivery) {
        int kb = Math.min(totalKb, Math.max(1, bytes >> 10));
        if (!acquire(kb)) {
            LOG.warn("telegram: outgoing messages at their memory budget for {} s; message dropped", ROOM_WAIT.toSeconds());
            outcomes.accept("dropped");
            return;
        }
        Lane lane = lanes.get(chatId, id -> new Lane(group ? 3 * SECOND : SECOND));
        synchronized (lane) {
            if (lane.queue.size() >= maxQueued) {
                room.release(kb);
                LOG.warn("telegram: outgoing queue of a chat is full; message dropped");
                outcomes.accept("dropped");
                return;
            }
            lane.queue.add(new Queued(delivery, kb));
            if (!lane.busy) {
                lane.busy = true;
                schedule(chatId, lane, 0);
            }
        }
    }

    private void schedule(long chatId, Lane lane, long extraNanos) {
        long now = System.nanoTime();
        long at = Math.max(now + extraNanos, lane.nextSlot);
        synchronized (this) {
            at = Math.max(at, globalSlot);
            globalSlot = at + SECOND / 30;
        }
        scheduler.schedule(() -> senders.execute(() -> drain(chatId, lane)), at - now, TimeUnit.NANOSECONDS);
    }

    static final java.time.Duration ROOM_WAIT = java.time.Duration.ofSeconds(60);

    private boolean acquire(int kb) {
        try {
            return room.tryAcquire(kb, ROOM_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void drain(long chatId, Lane lane) {
        Queued head;
        synchronized (lane) {
            head = lane.queue.peek();
        }
        if (head == null) {
            finish(lane);
            return;
        }
        long retryNanos = attempt(head.delivery(), lane);
        synchronized (lane) {
            if (retryNanos < 0) {
                lane.queue.poll();
                room.release(head.kb());
                lane.attempts = 0;
                lane.nextSlot = System.nanoTime() + lane.spacing;
            }
            if (lane.queue.isEmpty()) {
                lane.busy = false;
                return;
            }
            schedule(chatId, lane, Math.max(retryNanos, 0));
        }
    }

    /** Sends once: -1 when done with this message (sent or dropped), else how long to wait before the next try. */
    private long attempt(Delivery delivery, Lane lane) {
        try {
            delivery.send();
            outcomes.accept("sent");
            return -1;
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 429) {
                // honoured for as long as Telegram asks: a 429 says the message was not taken, and when to come back
                outcomes.accept("rate_limited");
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                return (after == null ? 1 : after) * SECOND;
            }
            // no code (0 or none): the reply was no API answer at all, an HTML error page or not JSON
            if ((code == null || code == 0 || code >= 500) && ++lane.attempts < MAX_ATTEMPTS) {
                outcomes.accept("retried");
                return backoff(lane.attempts);
            }
            outcomes.accept("failed");
            LOG.warn("telegram: message dropped after error {} ({} attempts)", code, lane.attempts);
            return -1;
        } catch (TelegramApiException e) {
            if (++lane.attempts < MAX_ATTEMPTS) {
                outcomes.accept("retried");
                return backoff(lane.attempts);
            }
            outcomes.accept("failed");
            LOG.warn("telegram: message dropped after {} network errors ({})", lane.attempts, causeName(e));
            return -1;
        } catch (RuntimeException e) {
            outcomes.accept("failed");
            LOG.warn("telegram: message dropped ({})", e.getClass().getSimpleName());
            return -1;
        }
    }

    private void finish(Lane lane) {
        synchronized (lane) {
            lane.busy = false;
        }
    }

    private static long backoff(int attempt) {
        return Math.min(30L, 1L << (attempt - 1)) * SECOND / 2;
    }

    /** The kind of failure, never its message: a client's message can hold the request URL, and so the token. */
    private static String causeName(Throwable e) {
        Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
        return cause.getClass().getSimpleName();
    }
}
