package be.duaalbot.core;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import java.util.Locale;

/**
 * The one place where every cache, store and queue of the service gets its bound, in bytes,
 * as a share of the maximum heap ({@code -Xmx}): the service's own stores here, and those each
 * {@link ChannelModule} declares ({@link ChannelModule#stores}). Each is a Caffeine cache with
 * {@code maximumWeight} and a weigher (or, for an outbox, a byte counter), so no traffic pattern
 * makes one grow past its share. The shares add up to 40% (the answer cache at its default 10%);
 * the rest holds the data (about 8 MB), the part-of-speech dictionaries (about 15 MB), answers
 * and renders in flight (bounded by the admission limits) and the JVM's own churn. README and
 * BENCHMARKS.md show the arithmetic for a 64 MB and a 104 MB heap.
 */
public record MemoryBudget(long heap, long answerCacheBytes, java.util.List<MemoryBudget.Store> stores) {

    /** A bounded store, named for logs, with its share of the heap in percent. */
    public record Store(String name, int percent) {
        /** The JSON bytes of cached answers, kept so a hit writes no JSON. */
        public static final Store ANSWER_JSON = new Store("answer json", 5);
        public static final Store CONVERSATIONS = new Store("conversations", 3);
        /** Token buckets of /api/* clients, by address. */
        public static final Store HTTP_CLIENTS = new Store("http clients", 2);
        /**
         * Missed questions waiting to be written to the review store, and the last question of each
         * conversation (to see a rephrasing or a picked ask-back): half each.
         */
        public static final Store REVIEW = new Store("review", 1);

        /** The service's own stores; the channels' come from their modules. */
        static final java.util.List<Store> OWN = java.util.List.of(ANSWER_JSON, CONVERSATIONS, HTTP_CLIENTS, REVIEW);
    }

    /** The answer cache's default share; a setting may ask for more, up to {@link #MAX_ANSWER_PERCENT}. */
    static final int ANSWER_PERCENT = 10;
    static final int MAX_ANSWER_PERCENT = 25;

    /** The budget of this JVM's heap, the answer cache at its default share. */
    public static MemoryBudget ofHeap() {
        return of(Runtime.getRuntime().maxMemory(), 0);
    }

    public MemoryBudget {
        stores = java.util.List.copyOf(stores);
    }

    /**
     * The budget of a heap of {@code heap} bytes, with an answer cache of {@code answerCacheMb}
     * (0: the default share). A cache the heap cannot hold stops the start, naming the setting.
     */
    public static MemoryBudget of(long heap, int answerCacheMb) {
        return of(heap, answerCacheMb, ChannelModule.all());
    }

    /** The same with these channel modules' stores (the tests give their own). */
    static MemoryBudget of(long heap, int answerCacheMb, java.util.List<ChannelModule> modules) {
        java.util.List<Store> stores = new java.util.ArrayList<>(Store.OWN);
        modules.forEach(m -> stores.addAll(m.stores()));
        long max = heap * MAX_ANSWER_PERCENT / 100;
        long asked = answerCacheMb * 1024L * 1024L;
        if (asked > max) {
            throw new SettingsException("DUAALBOT_ANSWER_CACHE_MB", String.format(Locale.ROOT,
                    "%d MB do not fit a heap of %d MB: at most %d MB (a quarter of the heap; raise -Xmx or lower it)",
                    answerCacheMb, heap >> 20, max >> 20));
        }
        return new MemoryBudget(heap, answerCacheMb == 0 ? heap * ANSWER_PERCENT / 100 : asked, stores);
    }

    /** The store's bytes; a store no module declared has none to give (it would be outside the total). */
    public long bytes(Store store) {
        if (!stores.contains(store)) {
            throw new IllegalArgumentException("the store " + store.name() + " is not in the memory budget: declare it in its module");
        }
        return heap * store.percent() / 100;
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
        for (Store s : stores) {
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
