package be.duaalbot.review;

import be.duaalbot.query.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * How alike two questions are: the cosine of their word counts (normalised as the bot reads
 * them: lower case, no accents), from 0 to 1. Alike from {@value #ALIKE}: "wat is de weersverwachting"
 * and "wat wordt het weer" are not, "hoeveel leerlingen per school" and "hoeveel leerlingen per
 * school in Gent" are.
 */
final class Similarity {
    static final double ALIKE = 0.5;
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    private Similarity() {
    }

    static Map<CharSequence, Integer> words(String question) {
        Map<CharSequence, Integer> out = new HashMap<>();
        for (String w : NORMALIZER.normalize(question).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }

    static boolean alike(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
        return !a.isEmpty() && !b.isEmpty() && COSINE.cosineSimilarity(a, b) >= ALIKE;
    }
}
