package be.duaalbot.data;

import java.util.List;
import java.util.Map;

/**
 * A language's part-of-speech dictionary: a morfologik dictionary on the class path
 * ({@code resource}, with its {@code .info} beside it) and which of its tags, by their first
 * part, are which {@link PartOfSpeech} ("ZNW" a noun); {@code source} names it and its licence. The longest prefix given wins, so
 * "WKW:INF:ZNW" may be listed apart from "WKW".
 */
public record PosDictionary(String resource, String source, Map<String, PartOfSpeech> tags) {

    /** The part of speech of a tag, by the longest listed prefix that ends at a part boundary; null when none. */
    public PartOfSpeech of(String tag) {
        PartOfSpeech best = null;
        int length = -1;
        for (Map.Entry<String, PartOfSpeech> e : tags.entrySet()) {
            String prefix = e.getKey();
            boolean matches = tag.startsWith(prefix) && (tag.length() == prefix.length() || !Character.isLetterOrDigit(tag.charAt(prefix.length())));
            if (matches && prefix.length() > length) {
                best = e.getValue();
                length = prefix.length();
            }
        }
        return best;
    }

    static PosDictionary of(String resource, String source, Map<PartOfSpeech, List<String>> byPart) {
        Map<String, PartOfSpeech> tags = new java.util.LinkedHashMap<>();
        byPart.forEach((part, prefixes) -> prefixes.forEach(p -> tags.put(p, part)));
        return new PosDictionary(resource, source, Map.copyOf(tags));
    }
}
