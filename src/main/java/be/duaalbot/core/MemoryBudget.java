package be.duaalbot.core;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import java.util.Locale;

/**
 * The one place where every cache, store and queue of the service gets its bound, in bytes,
 * as a share of the maximum heap ({@code -Xmx}). Each is a Caffeine cache with
 * {@code maximumWeight} and a weigher (or, for the Telegram outbox, a byte counter), so no
 * traffic pattern makes one grow past its share. The shares add up to 40% (the answer cache
 * at its default 10%); the rest holds the
 * data (about 8 MB), the part-of-speech dictionaries (about 15 MB), answers and renders in flight (bounded by the admission limits) and the JVM's
 * own churn. README and BENCHMARKS.md show the arithmetic for a 64 MB and a 104 MB heap.
 */
public record MemoryBudget(long heap, long answerCacheBytes) {

    /** A bounded store, with its share of the heap in percent. */
    public enum Store {
        /** The JSON bytes of cached answers, kept so a hit writes no JSON. */
        ANSWER_JSON(5),
        CONVERSATIONS(3),
        /** Messages waiting to be sent, photos included, over every chat; kept through an outage. */
        TELEGRAM_OUTBOX(3),
        TELEGRAM_RATE_LIMITS(2),
        /** The questions behind the next-question buttons. */
        TELEGRAM_BUTTONS(2),
        TELEGRAM_CHARTS_OFF(1),
        TELEGRAM_REFUSED(1),
        /** Slack replies kept for their buttons: "post in the channel", "show all", "CSV". */
        SLACK_SHOWN(3),
        SLACK_RATE_LIMITS(2),
        /** Messages and charts waiting to be posted, over every channel. */
        SLACK_OUTBOX(2),
        /** Event ids already answered (Slack delivers again when unsure). */
        SLACK_SEEN_EVENTS(1),
        /** Block actions and slash commands already handled (replays). */
        SLACK_SEEN_ACTIONS(1),
        SLACK_REFUSED(1),
        /** Token buckets of /api/* clients, by address. */
        HTTP_CLIENTS(2),
        /**
         * Missed questions waiting to be written to the review store, and the last question of each
         * conversation (to see a rephrasing or a picked ask-back): half each.
         */
        REVIEW(1);

        final int percent;

        Store(int percent) {
            this.percent = percent;
        }
    }

    /** The answer cache's default share; a setting may ask for more, up to {@link #MAX_ANSWER_PERCENT}. */
    static final int ANSWER_PERCENT = 10;
    static final int MAX_ANSWER_PERCENT = 25;

    /** The budget of this JVM's heap, the answer cache at its default share. */
    public static MemoryBudget ofHeap() {
        return of(Runtime.getRuntime().maxMemory(), 0);
    }

    /**
     * The budget of a heap of {@code heap} bytes, with an answer cache of {@code answerCacheMb}
     * (0: the default share). A cache the heap cannot hold stops the start, naming the setting.
     */
    public static MemoryBudget of(long heap, int answerCacheMb) {
        long max = heap * MAX_ANSWER_PERCENT / 100;
        long asked = answerCacheMb * 1024L * 1024L;
        if (asked > max) {
            throw new SettingsException("DUAALBOT_ANSWER_CACHE_MB", String.format(Locale.ROOT,
                    "%d MB do not fit a heap of %d MB: at most %d MB (a quarter of the heap; raise -Xmx or lower it)",
                    answerCacheMb, heap >> 20, max >> 20));
        }
        return new MemoryBudget(heap, answerCacheMb == 0 ? heap * ANSWER_PERCENT / 100 : asked);
    }

    public long bytes(Store store) {
        return heap * store.percent / 100;
    }

    /** A Caffeine builder bounded by the store's bytes, each entry weighed by {@code weigher}. */
    public <K, V> Caffeine<K, V> cache(Store store, Weigher<? super K, ? super V> weigher) {
        return Caffeine.newBuilder().maximumWeight(bytes(store)).weigher(weigher);
    }

    /** The same, for a store of ids and flags: each entry weighs {@link Weights#ID}. */
    public <K, V> Caffeine<K, V> idCache(Store store) {
        return cache(store, (k, v) -> Weights.ID);
    }

    /** Everything the caches and stores may hold together. */
    public long total() {
        long sum = answerCacheBytes;
        for (Store s : Store.values()) {
            sum += bytes(s);
        }
        return sum;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "heap %d MB, caches at most %d MB (answers %d MB)", heap >> 20, total() >> 20,
                answerCacheBytes >> 20);
    }
}
