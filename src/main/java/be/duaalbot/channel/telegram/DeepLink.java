package be.duaalbot.channel.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code t.me/<bot>?start=<payload>} links that ask a question: the payload is the question with
 * {@code _} for spaces, within Telegram's 64 characters of {@code A-Za-z0-9_-}. Accents are
 * dropped (the bot reads "een" as "één"); a question that still does not fit gets no link.
 */
final class DeepLink {
    static final int MAX = 64;
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1," + MAX + "}");

    private DeepLink() {
    }

    static Optional<String> payload(String question) {
        String plain = Normalizer.normalize(question.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String payload = plain.replaceAll("\\s+", "_").replaceAll("[^A-Za-z0-9_-]", "");
        return PAYLOAD.matcher(payload).matches() ? Optional.of(payload) : Optional.empty();
    }

    /** The question a payload carries, or empty when it is not one of ours. */
    static Optional<String> question(String payload) {
        return payload != null && PAYLOAD.matcher(payload).matches() ? Optional.of(payload.replace('_', ' ').strip())
                : Optional.empty();
    }

    static String link(String username, String payload) {
        return "https://t.me/" + username.toLowerCase(Locale.ROOT) + "?start=" + payload;
    }

    /** Telegram's share sheet with the link, so that "share" needs no copying. */
    static String share(String username, String payload, String question) {
        return "https://t.me/share/url?url=" + URLEncoder.encode(link(username, payload), StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
    }
}
