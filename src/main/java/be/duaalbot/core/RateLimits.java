package be.duaalbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) per user and per chat, refilled evenly over a minute. When one runs
 * dry the asker gets one polite reply, then silence until it has tokens again. Buckets of chats
 * not heard from for ten minutes are forgotten (a full bucket is what a new one would be anyway).
 */
public final class RateLimits {

    /** What to do with a question. */
    public enum Decision { ALLOW, REFUSE_POLITELY, IGNORE }

    /** A bucket and when its asker was last told (clock nanos; Long.MIN_VALUE for never). */
    private record Limit(Bucket bucket, java.util.concurrent.atomic.AtomicLong toldAt) { }

    /** One polite notice per minute at most: a refill of one token must not bring the notice back. */
    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perUser;
    private final int perChat;
    private final TimeMeter clock;
    /** A bucket with its state, lock and our flag: about 600 bytes measured with a heap histogram. */
    static final int WEIGHT = Weights.ENTRY + 640;

    private final Cache<String, Limit> limits;

    public RateLimits(int perUserPerMinute, int perChatPerMinute, long bytes) {
        this(perUserPerMinute, perChatPerMinute, TimeMeter.SYSTEM_MILLISECONDS, bytes);
    }

    RateLimits(int perUserPerMinute, int perChatPerMinute, TimeMeter clock, long bytes) {
        this.perUser = perUserPerMinute;
        this.perChat = perChatPerMinute;
        this.clock = clock;
        // bounded by bytes: a flood from new users evicts the oldest buckets (a fresh one is full anyway)
        this.limits = Caffeine.newBuilder().maximumWeight(bytes).<String, Limit>weigher((k, v) -> WEIGHT + 2 * k.length())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    long size() {
        limits.cleanUp();
        return limits.estimatedSize();
    }

    public Decision check(String channel, String user, String chat) {
        return check(channel, user, chat, perChat);
    }

    /**
     * The same with a lower cap for this chat, such as what a platform lets a bot send a group
     * (20 a minute on some): a chat allowed more questions than its answers can be sent would only queue them.
     */
    public Decision check(String channel, String user, String chat, int chatCap) {
        Decision byUser = take(channel + ":user:" + user, perUser);
        if (byUser != Decision.ALLOW) {
            return byUser;
        }
        return take(channel + ":chat:" + chat, Math.min(perChat, chatCap));
    }

    private Decision take(String key, int perMinute) {
        Limit limit = limits.get(key, k -> new Limit(Bucket.builder()
                .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock).build(), new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE)));
        if (limit.bucket().tryConsume(1)) {
            return Decision.ALLOW;
        }
        long now = clock.currentTimeNanos();
        long told = limit.toldAt().get();
        boolean tell = (told == Long.MIN_VALUE || now - told >= WINDOW_NANOS) && limit.toldAt().compareAndSet(told, now);
        return tell ? Decision.REFUSE_POLITELY : Decision.IGNORE;
    }
}
