package be.duaalbot.channel.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import be.duaalbot.answer.Status;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.Reply;
import com.github.benmanes.caffeine.cache.Cache;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Weights;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The buttons under an answer: "show all" when it was shortened, "CSV" when it has figures (not
 * under an ephemeral answer: no file can be posted to one), the next questions, and for an
 * ephemeral answer "post in the channel" (not under an error). A button's value says whether it
 * sits under an ephemeral answer ({@code e:}) or a message in a channel ({@code c:}), then the
 * question or the key of the reply kept here for two days, within its memory budget.
 */
final class SlackButtons {
    static final String POST = "duaal_post";
    static final String ALL = "duaal_all";
    static final String CSV = "duaal_csv";
    static final String NEXT_PREFIX = "duaal_next_";
    static final Pattern NEXT = Pattern.compile(NEXT_PREFIX + "\\d");

    /** A pressed button's value: where its answer was shown, and what it carries. */
    record Value(boolean ephemeral, String payload) {
        static Value of(String value) {
            boolean ephemeral = value != null && value.startsWith("e:");
            return new Value(ephemeral, value == null || value.length() < 2 ? "" : value.substring(2));
        }
    }

    private final Cache<String, Reply> replies;
    private final AtomicLong next = new AtomicLong();

    /** The replies are kept in the budget's share for answers shown in Slack, each weighed by its answers. */
    SlackButtons(MemoryBudget budget) {
        this.replies = budget.<String, Reply>cache(SlackModule.SHOWN, (k, r) -> Weights.text(k) + Weights.answer(r.full())
                + (r.shortened() ? Weights.answer(r.shown()) : 0)).expireAfterWrite(Duration.ofDays(2)).build();
    }

    LayoutBlock actions(Reply reply, boolean ephemeral) {
        ChatTexts t = ChatTexts.get();
        var language = reply.shown().language();
        String where = ephemeral ? "e:" : "c:";
        String key = "r" + next.incrementAndGet();
        List<BlockElement> elements = new ArrayList<>();
        if (reply.shortened()) {
            String label = t.text(language, reply.caveatsOnly() ? "button.sources" : "button.all");
            elements.add(button(b -> b.actionId(ALL).text(plainText(label)).value(where + key)));
        }
        boolean csv = !ephemeral && !reply.full().figures().isEmpty();
        if (csv) {
            String label = t.text(language, "button.csv");
            elements.add(button(b -> b.actionId(CSV).text(plainText(label)).value(where + key)));
        }
        if (ephemeral && reply.shown().status() == Status.ANSWERED) {
            String label = t.text(language, "button.post");
            elements.add(button(b -> b.actionId(POST).text(plainText(label)).value(where + key)));
        }
        List<String> suggestions = reply.shown().suggestions();
        for (int i = 0; i < suggestions.size(); i++) {
            String s = suggestions.get(i);
            String id = NEXT_PREFIX + i;
            elements.add(button(b -> b.actionId(id).text(plainText(s.length() > 75 ? s.substring(0, 75) : s)).value(where + s)));
        }
        if (elements.isEmpty()) {
            return null;
        }
        if (reply.shortened() || ephemeral || csv) {
            replies.put(key, reply);
        }
        return com.slack.api.model.block.Blocks.actions(a -> a.elements(elements));
    }

    Optional<Reply> reply(String key) {
        return Optional.ofNullable(replies.getIfPresent(key));
    }
}
