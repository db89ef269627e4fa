package be.duaalbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The conversations of every chat a channel serves, keyed by chat (a chat id, a channel
 * and a thread). Bounded, and a conversation idle for longer than the expiry is
 * forgotten, so a long-running service holds no unbounded state.
 */
public final class Conversations {
    private final Cache<String, Conversation> cache;

    /** A conversation's weight: its entry, its key, the slots and query of the last question and an ask-back's choices. */
    static final int WEIGHT = Weights.ENTRY + 1024;
    /** Room per chat for its key (a channel and a thread is about 30 characters): {@code maximumSize} chats fit. */
    private static final int KEY_ROOM = 2 * 64;

    public Conversations(long maximumSize, Duration idle) {
        this(maximumSize, idle, Long.MAX_VALUE);
    }

    /** At most {@code maximumSize} chats, and never more than {@code bytes} (see {@link MemoryBudget}). */
    public Conversations(long maximumSize, Duration idle, long bytes) {
        this.cache = Caffeine.newBuilder().maximumWeight(Math.min(bytes, maximumSize * (WEIGHT + KEY_ROOM)))
                .<String, Conversation>weigher((k, v) -> WEIGHT + 2 * k.length()).expireAfterAccess(idle).build();
    }

    /** 10,000 chats, each kept for 30 minutes after its last question. */
    public static Conversations defaults() {
        return new Conversations(10_000, Duration.ofMinutes(30));
    }

    public Conversation of(String chat) {
        return cache.get(chat, key -> new Conversation());
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
