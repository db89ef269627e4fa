package be.duaalbot.channel;

import be.duaalbot.core.RateLimits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Who a chat channel answers: a place off its allow-list is refused once (then silence for a
 * day), a user or chat over its rate gets one polite reply (then silence; told again a minute
 * later at most, not after every refill). The channel decides what is allowed and how to say
 * no; this decides when to speak.
 */
public final class Admission {

    /** Answer, say no once ({@code REFUSE}), ask to slow down once ({@code SLOW_DOWN}), or say nothing. */
    public enum Verdict { ANSWER, REFUSE, SLOW_DOWN, SILENCE }

    private final String channel;
    private final RateLimits limits;
    private final Cache<String, Boolean> refused;

    /**
     * @param refused the places refused already, bounded by the channel's memory budget; a place is
     *                refused again once it expires (a day)
     */
    public Admission(String channel, RateLimits limits, Caffeine<Object, Object> refused) {
        this.channel = channel;
        this.limits = limits;
        this.refused = refused.expireAfterWrite(Duration.ofDays(1)).build();
    }

    /**
     * @param allowed whether the allow-lists let this place in
     * @param place   what a refusal is remembered by (a chat, a channel)
     */
    public Verdict admit(boolean allowed, String place, String user, String chat) {
        return admit(allowed, place, user, chat, Integer.MAX_VALUE);
    }

    /**
     * The same with a lower cap on the chat's rate, such as what a Telegram group can be sent
     * (20 a minute): a chat allowed more questions than its answers can be sent would only queue them.
     */
    public Verdict admit(boolean allowed, String place, String user, String chat, int chatCap) {
        if (!allowed) {
            return refused.asMap().putIfAbsent(String.valueOf(place), Boolean.TRUE) == null ? Verdict.REFUSE : Verdict.SILENCE;
        }
        return switch (limits.check(channel, String.valueOf(user), String.valueOf(chat), chatCap)) {
            case ALLOW -> Verdict.ANSWER;
            case REFUSE_POLITELY -> Verdict.SLOW_DOWN;
            case IGNORE -> Verdict.SILENCE;
        };
    }

    /** The text key of what to say for a verdict that is neither an answer nor silence. */
    public static String textKey(Verdict verdict) {
        return verdict == Verdict.REFUSE ? "refused" : "rate.limited";
    }
}
