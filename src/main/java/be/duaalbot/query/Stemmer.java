package be.duaalbot.query;

import be.duaalbot.data.Language;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The Snowball stem of a word, per language (Lucene's generated Snowball stemmers), so that
 * "kappers" finds "kapper" and "hairdressers" finds "hairdresser" without listing every
 * inflection in the lexicons. Snowball stemmers keep state between calls, so each thread has
 * its own pair.
 */
final class Stemmer {
    private static final ThreadLocal<SnowballStemmer[]> STEMMERS =
            ThreadLocal.withInitial(() -> new SnowballStemmer[] {new DutchStemmer(), new EnglishStemmer()});

    private Stemmer() {
    }

    static String stem(String word, Language language) {
        SnowballStemmer stemmer = STEMMERS.get()[language == Language.NL ? 0 : 1];
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
