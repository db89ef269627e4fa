package be.duaalbot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The conversations of every chat a channel serves, keyed by chat (a Telegram chat id, a
 * Slack channel and thread). Bounded, and a conversation idle for longer than the expiry is
 * forgotten, so a long-running service holds no unbounded state.
 */
public final class Conversations {
    private final Cache<String, Conversation> cache;

    public Conversations(long maximumSize, Duration idle) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
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
