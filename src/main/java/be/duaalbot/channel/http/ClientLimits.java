package be.duaalbot.channel.http;

import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Weights;
import com.github.benmanes.caffeine.cache.Cache;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Per-client token buckets (Bucket4j) for {@code /api/*}, keyed by the client's address: one
 * client cannot take every answer or render slot. Buckets are bounded by bytes (MemoryBudget).
 */
final class ClientLimits {
    private final Cache<String, Bucket> buckets;
    private final int perMinute;

    ClientLimits(int perMinute, MemoryBudget budget) {
        this.perMinute = perMinute;
        this.buckets = budget.<String, Bucket>cache(MemoryBudget.Store.HTTP_CLIENTS, (k, v) -> Weights.ENTRY + 640 + 2 * k.length())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Seconds to wait before the next request from {@code client}, or 0 when it may go now. */
    long waitSeconds(String client) {
        Bucket bucket = buckets.get(client, k -> Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }
}
