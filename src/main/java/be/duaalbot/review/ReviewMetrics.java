package be.duaalbot.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The review's meters: missed questions kept by reason and channel, those not kept (queue full,
 * store failing), and the store's size on disk.
 */
final class ReviewMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> kept = new ConcurrentHashMap<>();
    private final Counter dropped;
    private final Counter failures;

    ReviewMetrics(MeterRegistry registry, Recorder recorder) {
        this.registry = registry;
        this.dropped = Counter.builder("duaalbot.review.dropped").description("Missed questions not kept: the queue to the review store was full")
                .register(registry);
        this.failures = Counter.builder("duaalbot.review.failures")
                .description("Missed questions not kept: the review store could not be opened or written (said once in the log)").register(registry);
        Gauge.builder("duaalbot.review.store.bytes", recorder, Recorder::bytes).baseUnit("bytes")
                .description("Size of the review store's file on disk").register(registry);
    }

    void kept(Miss miss) {
        kept.computeIfAbsent(miss.reason().code() + "\u0000" + miss.channel(), k -> Counter.builder("duaalbot.review.missed")
                .description("Missed questions kept for review, by reason and channel")
                .tag("reason", miss.reason().code()).tag("channel", miss.channel()).register(registry)).increment();
    }

    void dropped() {
        dropped.increment();
    }

    void failed(int count) {
        failures.increment(count);
    }
}
