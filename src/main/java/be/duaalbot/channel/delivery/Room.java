package be.duaalbot.channel.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An outbox's room: the kilobytes its queued messages may hold together, and how many messages
 * are queued, so that a stop can wait for them to go.
 */
final class Room {
    private final Semaphore free;
    private final int totalKb;
    private int pending;

    Room(long bytes) {
        this.totalKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes >> 10));
        this.free = new Semaphore(totalKb);
    }

    /** Takes room for a message of {@code bytes}, waiting up to {@code wait}: its kilobytes, or -1 when none came. */
    int take(int bytes, Duration wait) {
        int kb = Math.min(totalKb, Math.max(1, bytes >> 10));
        try {
            if (!free.tryAcquire(kb, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        synchronized (this) {
            pending++;
        }
        return kb;
    }

    /** A message is done with (sent or given up): its room is free again. */
    void give(int kb) {
        free.release(kb);
        synchronized (this) {
            if (--pending == 0) {
                notifyAll();
            }
        }
    }

    /** Waits up to {@code grace} for every queued message to be done with; the number still queued. */
    synchronized int await(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        long left;
        while (pending > 0 && (left = deadline - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return pending;
    }
}
