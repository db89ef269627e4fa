package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the minister's explanation a question is about. A keyword of one word matches a
 * question word that starts with it ("geldig" matches "geldigheid"); a keyword of several
 * words matches when each of them does, in any order. The topic with most matching keywords
 * wins, longer keywords weighing more; the first in the file wins a tie. A reference, words that name
 * a passage's source itself ("de vraag over Antwerpen"), counts for every passage of that source
 * alike: it says where to look, and what is asked (the campaign, how it runs) chooses the passage. A question word also
 * counts by its dictionary lemmas ("steeg" as "stijgen", so "waarom stijg" matches it), so the
 * keywords need not list every inflection; one negation counts as any other ("nooit" as "geen").
 */
final class TopicMatcher {
    private record Keyword(Topic topic, be.duaalbot.data.Language language, List<String> words, boolean reference) { }

    private final List<Topic> topics;

    private final List<Keyword> keywords = new ArrayList<>();
    private final java.util.Set<String> keywordWords = new java.util.HashSet<>();
    /** The keywords by their first word, as positions in file order, so a question reads only its candidates. */
    private final java.util.Map<String, List<Integer>> byFirstWord = new java.util.HashMap<>();

    private final WordKnowledge knowledge;
    private final Normalizer normalizer;
    /** Every word of every passage, per language, sorted so that the words a question word starts are found at once. */
    private final java.util.Map<be.duaalbot.data.Language, java.util.NavigableSet<String>> answerWords = new java.util.EnumMap<>(be.duaalbot.data.Language.class);

    TopicMatcher(Dataset data, Normalizer normalizer, WordKnowledge knowledge) {
        this.knowledge = knowledge;
        this.normalizer = normalizer;
        this.topics = data.topics();
        for (Topic topic : topics) {
            add(topic, topic.keywords(), false);
            add(topic, topic.references(), true);
            for (be.duaalbot.data.Language language : be.duaalbot.data.Language.values()) {
                answerWords.computeIfAbsent(language, l -> new java.util.TreeSet<>())
                        .addAll(Tokenizer.tokens(normalizer.normalize(topic.answer().in(language))));
            }
        }
    }

    private void add(Topic topic, java.util.Map<be.duaalbot.data.Language, List<String>> phrases, boolean reference) {
        phrases.forEach((language, list) -> list.forEach(k -> {
            List<String> words = Tokenizer.tokens(normalizer.normalize(k));
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(keywords.size());
                keywords.add(new Keyword(topic, language, words, reference));
                keywordWords.addAll(words);
            }
        }));
    }

    /**
     * True when some passage knows the word: a keyword word (three letters or more) starts it or one
     * of its lemmas, or a word of a passage starts with it ("sectortabel": "sectortabellen"). A word
     * no passage knows ("lukaku", "rekeningrijden") is a subject the minister's text does not treat.
     */
    boolean knows(String word, be.duaalbot.data.Language language) {
        List<String> forms = new ArrayList<>(knowledge.lemmas(word, language));
        forms.add(word);
        String next = answerWords.get(language).ceiling(word);
        return next != null && next.startsWith(word)
                || present(forms).stream().anyMatch(k -> k.length() >= 3);
    }

    Optional<Topic> best(String normalizedQuestion, be.duaalbot.data.Language language) {
        List<String> words = new ArrayList<>(Tokenizer.tokens(normalizedQuestion));
        java.util.Set<String> negations = knowledge.words(be.duaalbot.data.WordClass.NEGATIONS);
        boolean negated = false;
        for (String word : List.copyOf(words)) {
            negated |= negations.contains(word);
            if (!keywordWords.contains(word) && word.length() > 2) {
                words.addAll(knowledge.lemmas(word, language));
            }
        }
        if (negated) {
            words.addAll(negations); // "nooit een leerling" matches "geen leerling"
        }
        java.util.Set<String> present = present(words);
        java.util.Map<Topic, Integer> scores = new java.util.HashMap<>();
        java.util.Set<Integer> candidates = new java.util.HashSet<>();
        for (String word : present) {
            candidates.addAll(byFirstWord.getOrDefault(word, List.of()));
        }
        for (int at : candidates) {
            Keyword k = keywords.get(at);
            if (allPresent(present, k.words())) {
                for (Topic topic : k.reference() ? sameSource(k.topic()) : List.of(k.topic())) {
                    scores.merge(topic, k.words().size(), Integer::sum);
                }
            }
        }
        Topic best = null;
        int bestScore = 0;
        for (Topic topic : topics) { // file order, so that the first topic in the file wins a tie
            int score = scores.getOrDefault(topic, 0);
            if (score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Topic> sameSource(Topic topic) {
        return topics.stream().filter(t -> t.source().equals(topic.source())).toList();
    }

    /**
     * True when the topic speaks of one of these words: a word (four letters or more) of one of its
     * keywords starts one of them or their lemmas ("geld" in "geld promot"), or its answer has one
     * ("onderzoeken": "onderzoek" in "16 onderzoeken").
     */
    boolean speaksOf(Topic topic, List<String> words, be.duaalbot.data.Language language) {
        List<String> all = new ArrayList<>(words);
        words.forEach(w -> all.addAll(knowledge.lemmas(w, language)));
        java.util.Set<String> present = present(all);
        List<String> answer = Tokenizer.tokens(normalizer.normalize(topic.answer().in(language)));
        // a word of a few letters ("per" of "per site") starts too many others to say what a passage is about
        return keywords.stream().anyMatch(k -> k.topic() == topic && k.language() == language && k.words().stream().anyMatch(w -> w.length() > 3 && present.contains(w)))
                || all.stream().filter(w -> w.length() > 3).anyMatch(answer::contains);
    }

    /** Every word of a keyword present; an indexed loop, since this runs for every keyword of every question. */
    private static boolean allPresent(java.util.Set<String> present, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!present.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The keyword words that some question word starts with: each question word's prefixes looked up once. */
    private java.util.Set<String> present(List<String> words) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (String q : words) {
            for (int end = 1; end <= q.length(); end++) {
                String prefix = q.substring(0, end);
                if (keywordWords.contains(prefix)) {
                    present.add(prefix);
                }
            }
        }
        return present;
    }
}
