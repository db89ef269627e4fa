package be.duaalbot.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The coarse word classes the bot reads from a part-of-speech dictionary's tags: only a noun or a
 * name can be the subject of a question; the others say how it is asked. A lexicon maps its
 * dictionary's tags onto these (Dutch "ZNW" is a noun, English "NN" too).
 */
public enum PartOfSpeech {
    NOUN, NAME, VERB, ADJECTIVE, ADVERB, NUMBER, FUNCTION;

    /** The key as lexicon files write it: {@code noun}, {@code name} ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartOfSpeech> of(String key) {
        return Keys.find(values(), PartOfSpeech::key, key);
    }
}
