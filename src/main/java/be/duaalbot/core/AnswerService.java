package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot as the service's channels use it: one-off questions through a bounded answer cache,
 * chats through their conversations, every answer counted (by status and channel), timed and
 * logged in one line: channel, status, latency. The question is never logged, at any level:
 * it is the user's text, and raw control characters in it could forge log lines.
 */
public final class AnswerService {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerService.class);

    private final DuaalBot bot;
    private final MeterRegistry registry;
    private final Conversations conversations;
    private final Cache<String, Answer> cache;
    /** Meters by channel and status, looked up once: a registry look-up per answer costs more than the answer. */
    private final java.util.concurrent.ConcurrentHashMap<String, io.micrometer.core.instrument.Counter> counters =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    private final MemoryBudget budget;
    private volatile AnswerListener listener = AnswerListener.NONE;
    private final java.util.concurrent.atomic.AtomicBoolean listenerFailed = new java.util.concurrent.atomic.AtomicBoolean();
    /** Histogram buckets of the answer latency: an answer takes about 20 µs, a cold one milliseconds. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofNanos(50_000), Duration.ofNanos(200_000), Duration.ofMillis(1),
        Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2)};

    public AnswerService(DuaalBot bot, MeterRegistry registry, MemoryBudget budget, Conversations conversations) {
        this.bot = bot;
        this.registry = registry;
        this.conversations = conversations;
        this.budget = budget;
        // bounded by bytes, not entries: an answer may be a line or a ranking of 30 rows;
        // answers to "vorig jaar" depend on today's date: an entry lives an hour at most
        this.cache = Caffeine.newBuilder().maximumWeight(budget.answerCacheBytes())
                .<String, Answer>weigher((q, a) -> Weights.text(q) + Weights.answer(a))
                .expireAfterWrite(Duration.ofHours(1)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, "answers");
        bot.onSwap(cache::invalidateAll); // answers of the old data go with it
    }

    /**
     * Counts what happened to a message of a chat channel: sent, retried, rate_limited (the
     * platform said 429), failed, dropped, or refused (our allow-list or rate limit).
     */
    public void message(String channel, String outcome) {
        counters.computeIfAbsent(channel + "\u0001" + outcome, k -> io.micrometer.core.instrument.Counter.builder("duaalbot.messages")
                .description("Messages of the chat channels by outcome: sent, retried, rate_limited (429 from the platform), failed, dropped, refused")
                .tag("channel", channel).tag("outcome", outcome).register(registry)).increment();
    }

    /** The answer cache's weight in bytes, as its weigher counts them. */
    long cacheWeight() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    public MemoryBudget budget() {
        return budget;
    }

    public DuaalBot bot() {
        return bot;
    }

    /** Tells {@code listener} of answers from now on (see {@link AnswerListener} for which). */
    public void listen(AnswerListener listener) {
        this.listener = listener;
    }

    /** A question on its own (HTTP API): the same question gets the same answer, from the cache. */
    public Answer ask(String question, String channel) {
        long start = System.nanoTime();
        // keyed by the data version too: an answer begun on the old data and stored after a swap is never served
        Answer answer = cache.get(bot.version().hash() + "\u0000" + question, k -> bot.answer(question));
        return tell(record(answer, channel, start), channel, null);
    }

    /** A question in a chat: follow-ups use the chat's conversation, so no cache. */
    public Answer converse(String question, String chat, String channel) {
        long start = System.nanoTime();
        String key = channel + ":" + chat;
        return tell(record(bot.answer(question, conversations.of(key)), channel, start), channel, key);
    }

    /** Hands the answer to the listener, when there is one and it may learn from it; the answer goes out whatever happens there. */
    private Answer tell(Answer answer, String channel, String conversation) {
        AnswerListener l = listener;
        if (l == AnswerListener.NONE || (conversation == null && answer.status() == be.duaalbot.answer.Status.ANSWERED)) {
            return answer;
        }
        try {
            l.answered(Asked.of(answer, channel, conversation));
        } catch (RuntimeException e) {
            if (listenerFailed.compareAndSet(false, true)) {
                LOG.warn("review: a missed question could not be handed on ({}); answers go on, this is said once", e.getClass().getName());
            }
        }
        return answer;
    }

    private Answer record(Answer answer, String channel, long start) {
        long nanos = System.nanoTime() - start;
        String status = answer.status().code();
        counters.computeIfAbsent(channel + "\u0000" + status,
                k -> io.micrometer.core.instrument.Counter.builder("duaalbot.questions")
                        .description("Questions answered, by channel and by how they were answered (answered, no_data, not_understood, ...)")
                        .tag("status", status).tag("channel", channel).register(registry)).increment();
        timers.computeIfAbsent(channel, c -> Timer.builder("duaalbot.answer.latency")
                        .description("Time to answer a question, cache included, by channel")
                        .serviceLevelObjectives(LATENCY_BUCKETS).tag("channel", c).register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (LOG.isInfoEnabled()) {
            LOG.info("answered channel={} status={} latency_ms={}", channel, status,
                    String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6));
        }
        return answer;
    }
}
