package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.Reply;
import com.github.benmanes.caffeine.cache.Cache;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Weights;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The buttons under an answer: "show all" when it was shortened, "CSV" when it has figures, the
 * next questions, and "share" (a deep link). Callback data holds at most 64 bytes, so a button
 * carries a short key: {@code q…} for a question, {@code a…} for a full answer to show, {@code c…}
 * for a full answer whose figures go as a CSV file. Keys live two days; a pressed key that is gone
 * is an expired button. The same store, bounded by its share of the memory budget, keeps which
 * reply answered which question, for edits.
 */
final class Buttons {
    /** Questions (String), full answers (Answer) and reply ids (Integer), each weighed by what it holds. */
    private final Cache<String, Object> kept;
    private final AtomicLong next = new AtomicLong();
    private final String username;

    Buttons(String username, MemoryBudget budget) {
        this.username = username;
        this.kept = budget.<String, Object>cache(TelegramModule.BUTTONS, Buttons::weight)
                .expireAfterWrite(Duration.ofDays(2)).build();
    }

    private static int weight(String key, Object value) {
        int own = value instanceof Answer a ? Weights.answer(a) : value instanceof String s ? Weights.text(s) : Weights.ID;
        return Weights.ENTRY + Weights.text(key) + own;
    }

    InlineKeyboardMarkup keyboard(Reply reply) {
        Answer shown = reply.shown();
        ChatTexts t = ChatTexts.get();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow first = new InlineKeyboardRow();
        if (reply.shortened()) {
            String label = t.text(shown.language(), reply.caveatsOnly() ? "button.sources" : "button.all");
            first.add(keep("a", reply.full(), label));
        }
        if (!reply.full().figures().isEmpty()) {
            first.add(keep("c", reply.full(), t.text(shown.language(), "button.csv")));
        }
        if (!first.isEmpty()) {
            rows.add(first);
        }
        for (String s : shown.suggestions()) {
            String key = "q" + next.incrementAndGet();
            kept.put(key, s);
            rows.add(row(InlineKeyboardButton.builder().text(s).callbackData(key).build()));
        }
        DeepLink.payload(shown.question()).filter(p -> shown.status() == be.duaalbot.answer.Status.ANSWERED)
                .ifPresent(p -> rows.add(row(InlineKeyboardButton.builder().text(t.text(shown.language(), "button.share"))
                        .url(DeepLink.share(username, p, shown.question())).build())));
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** A button whose callback data is a new key for {@code kept}, with this prefix. */
    private InlineKeyboardButton keep(String prefix, Object kept, String label) {
        String key = prefix + next.incrementAndGet();
        this.kept.put(key, kept);
        return InlineKeyboardButton.builder().text(label).callbackData(key).build();
    }

    Optional<String> question(String data) {
        return data != null && data.startsWith("q") && kept.getIfPresent(data) instanceof String q ? Optional.of(q) : Optional.empty();
    }

    Optional<Answer> full(String data) {
        return answer("a", data);
    }

    /** The full answer whose figures a "CSV" button sends. */
    Optional<Answer> csv(String data) {
        return answer("c", data);
    }

    private Optional<Answer> answer(String prefix, String data) {
        return data != null && data.startsWith(prefix) && kept.getIfPresent(data) instanceof Answer a ? Optional.of(a) : Optional.empty();
    }

    /** Remembers the bot's text reply to a question ({@code chat:message}), for an edit of the question. */
    void replied(String question, int reply) {
        kept.put("m" + question, reply);
    }

    Optional<Integer> reply(String question) {
        return kept.getIfPresent("m" + question) instanceof Integer id ? Optional.of(id) : Optional.empty();
    }

    private static InlineKeyboardRow row(InlineKeyboardButton button) {
        return new InlineKeyboardRow(button);
    }
}
