package be.duaalbot.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: runs of letters or digits; a per-cent sign is a word of
 * its own. Everything else separates words, so {@code w-vl} and {@code w vl} read alike.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            flush(word, out);
            if (c == '%') {
                out.add("%");
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
