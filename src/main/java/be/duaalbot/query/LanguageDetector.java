package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.List;

/**
 * Tells Dutch from English by the words only one of the two lexicons has. Names of sectors
 * and places do not count (Limburg and horeca are both); a tie is Dutch, the bot's first language.
 */
final class LanguageDetector {
    private final Vocabulary vocabulary;

    LanguageDetector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Language detect(List<String> words) {
        int dutch = 0;
        int english = 0;
        for (String word : words) {
            boolean nl = vocabulary.isWordOf(word, Language.NL);
            boolean en = vocabulary.isWordOf(word, Language.EN);
            if (nl && !en) {
                dutch++;
            } else if (en && !nl) {
                english++;
            }
        }
        return english > dutch ? Language.EN : Language.NL;
    }
}
