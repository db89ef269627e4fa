package be.duaalbot.query;

import be.duaalbot.data.Language;
import java.util.List;

/**
 * Tells Dutch from English by the words only one of the two lexicons has. A term found with a
 * typo counts for the language of the term it was read as. Words of the language itself
 * (measures, grammar, stop words, everyday hints) weigh two; names of sectors and places weigh
 * one ("hospitality" is English, "horeca" Dutch), and names both languages share (Limburg)
 * nothing. A tie is Dutch, the bot's first language.
 */
final class LanguageDetector {
    private final Vocabulary vocabulary;

    LanguageDetector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Language detect(List<String> words, List<Match> matches) {
        int score = 0;
        boolean[] done = new boolean[words.size()];
        for (Match m : matches) {
            if (m.edits() > 0) {
                java.util.Arrays.fill(done, m.start(), m.end(), true);
                score += m.term().language() == Language.EN ? 2 : -2;
            } else if (m.end() - m.start() > 1 && (m.kind() == Kind.MEMBER || m.kind() == Kind.GROUP)) {
                // a name of several words ("Autosector en aanverwante sectoren") is one name, not Dutch prose
                java.util.Arrays.fill(done, m.start(), m.end(), true);
                score += weight(String.join(" ", words.subList(m.start(), m.end())), Language.EN)
                        - weight(String.join(" ", words.subList(m.start(), m.end())), Language.NL);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!done[i]) {
                score += weight(words.get(i), Language.EN) - weight(words.get(i), Language.NL);
            }
        }
        return score > 0 ? Language.EN : Language.NL;
    }

    private int weight(String word, Language lang) {
        Language other = lang == Language.EN ? Language.NL : Language.EN;
        if (vocabulary.isWordOf(word, lang) && !vocabulary.isWordOf(word, other)) {
            return 2;
        }
        boolean name = vocabulary.isNameOf(word, lang) && !vocabulary.isNameOf(word, other) && !vocabulary.isWordOf(word, other);
        return name ? 1 : 0;
    }
}
