package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.Reply;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The buttons under an answer: "show all" when it was shortened, the next questions, and "share"
 * (a deep link). Callback data holds at most 64 bytes, so a button carries a short key: {@code q…}
 * for a question, {@code a…} for a full answer. Keys live two days; a pressed key that is gone
 * is an expired button.
 */
final class Buttons {
    private final Cache<String, String> questions = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofDays(2)).build();
    /** Full answers behind "show all", weighed by their text: a few are 20,000 characters. */
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumWeight(20_000_000)
            .weigher((String k, Answer a) -> a.text().length()).expireAfterWrite(Duration.ofDays(2)).build();
    private final AtomicLong next = new AtomicLong();
    private final String username;

    Buttons(String username) {
        this.username = username;
    }

    InlineKeyboardMarkup keyboard(Reply reply) {
        Answer shown = reply.shown();
        ChatTexts t = ChatTexts.get();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (reply.shortened()) {
            String key = "a" + next.incrementAndGet();
            answers.put(key, reply.full());
            rows.add(row(InlineKeyboardButton.builder().text(t.text(shown.language(), "button.all")).callbackData(key).build()));
        }
        for (String s : shown.suggestions()) {
            String key = "q" + next.incrementAndGet();
            questions.put(key, s);
            rows.add(row(InlineKeyboardButton.builder().text(s).callbackData(key).build()));
        }
        DeepLink.payload(shown.question()).filter(p -> shown.status() == be.duaalbot.answer.Status.ANSWERED)
                .ifPresent(p -> rows.add(row(InlineKeyboardButton.builder().text(t.text(shown.language(), "button.share"))
                        .url(DeepLink.share(username, p, shown.question())).build())));
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    Optional<String> question(String data) {
        return data == null ? Optional.empty() : Optional.ofNullable(questions.getIfPresent(data));
    }

    Optional<Answer> full(String data) {
        return data == null ? Optional.empty() : Optional.ofNullable(answers.getIfPresent(data));
    }

    private static InlineKeyboardRow row(InlineKeyboardButton button) {
        return new InlineKeyboardRow(button);
    }
}
