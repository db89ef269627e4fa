package be.duaalbot.review;

import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.core.Asked;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.Weights;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, question by question, what the store keeps: a miss (see {@link Misread}); the name a
 * conversation picked after an ask-back (its next answered question, within ten minutes, gives
 * figures of one of the names offered); and a rephrasing (a question that got no figures and was
 * not kept, followed within a minute in the same conversation by one alike). For that it holds the
 * last question of each conversation, by salted hash, bounded in bytes. One thread only.
 */
final class Tracker {
    static final Duration REPHRASE = Duration.ofMinutes(1);
    static final Duration CHOICE = Duration.ofMinutes(10);

    private final DuaalBot bot;
    private final Hasher hasher = new Hasher();
    private final Cache<String, Last> last;

    /** A conversation's last question; {@code ref} when it was kept, {@code offered} the names it asked back. */
    private record Last(Asked asked, Map<CharSequence, Integer> words, Instant at, MissStore.Ref ref, List<String> offered) {
        int weight() {
            return asked.weight() + words.size() * 64 + offered.size() * 64;
        }
    }

    /** What one batch writes: misses in order, then the names picked. */
    static final class Batch {
        final List<MissStore.Insert> inserts = new ArrayList<>();
        final List<MissStore.Choice> choices = new ArrayList<>();

        MissStore.Ref insert(Miss miss) {
            MissStore.Ref ref = new MissStore.Ref();
            inserts.add(new MissStore.Insert(miss, ref));
            return ref;
        }
    }

    Tracker(DuaalBot bot, long bytes) {
        this.bot = bot;
        this.last = Caffeine.newBuilder().maximumWeight(bytes).<String, Last>weigher((k, v) -> Weights.ENTRY + 2 * k.length() + v.weight())
                .expireAfterWrite(CHOICE).build();
    }

    void see(Asked asked, Instant at, Batch batch) {
        String conversation = asked.conversation() == null ? null : hasher.hash(asked.conversation(), at);
        Last before = conversation == null ? null : last.getIfPresent(conversation);
        Optional<Misread.Found> found = Misread.of(asked, bot);
        MissStore.Ref ref = found.map(f -> batch.insert(miss(asked, f, at, conversation))).orElse(null);
        if (before != null) {
            follow(before, asked, at, conversation, batch);
        }
        if (conversation != null) {
            last.put(conversation, new Last(asked, Similarity.words(asked.question()), at, ref,
                    found.map(Misread.Found::offered).orElse(List.of())));
        }
    }

    private void follow(Last before, Asked now, Instant at, String conversation, Batch batch) {
        Duration since = Duration.between(before.at(), at);
        if (before.ref() != null && !before.offered().isEmpty() && now.status() == Status.ANSWERED && since.compareTo(CHOICE) <= 0) {
            now.figures().stream().map(Figure::member).filter(before.offered()::contains).findFirst()
                    .ifPresent(name -> batch.choices.add(new MissStore.Choice(before.ref(), name)));
        } else if (before.ref() == null && before.asked().status() != Status.ANSWERED && since.compareTo(REPHRASE) <= 0
                && !before.asked().question().equals(now.question())
                && Similarity.alike(before.words(), Similarity.words(now.question()))) {
            batch.insert(miss(before.asked(), new Misread.Found(Reason.REPHRASED, List.of(), List.of()), before.at(), conversation));
        }
    }

    private static Miss miss(Asked a, Misread.Found f, Instant at, String conversation) {
        List<String> words = f.words().stream().filter(w -> Scrub.text(w).equals(w)).toList();
        return new Miss(LocalDate.ofInstant(at, ZoneOffset.UTC), a.channel(), f.reason(), a.status().code(), a.language().code(),
                Scrub.text(a.question()), Scrub.text(a.readAs()), Scrub.text(a.reply()), words, f.offered(), conversation);
    }
}
