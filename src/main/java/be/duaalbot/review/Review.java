package be.duaalbot.review;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code duaalbot review}: what the store holds since a day, for the one who teaches the bot. The
 * unknown words by how many conversations used them, each with up to three example questions
 * and what the bot answered; the not-understood questions grouped by similarity; the ask-backs
 * with the names users picked. A word whose ask-back several conversations answered with the same
 * name is proposed for teaching, with the command that teaches it.
 */
public final class Review {
    static final int EXAMPLES = 3;
    private static final int WORDS = 30;
    private static final int GROUPS = 20;
    /** Rows read for grouping and for the ask-backs: the newest, so a long retention costs no more. */
    private static final int ROWS = 5_000;

    public record Report(String since, int kept, List<Word> unknownWords, List<Group> notUnderstood, List<AskBack> askBacks,
                         List<Proposal> proposals) {
    }

    /** A kept question and the first line of what the bot answered. */
    public record Example(String question, String answered) {
    }

    public record Word(String word, int conversations, int asked, List<Example> examples) {
    }

    public record Group(int questions, int conversations, List<Example> examples) {
    }

    public record Choice(String name, int conversations) {
    }

    public record AskBack(String word, String language, List<String> offered, int conversations, List<Choice> chosen) {
    }

    public record Proposal(String word, String language, String as, int conversations, String command) {
    }

    private Review() {
    }

    /**
     * The report of the store in {@code stateDir} since {@code since}; empty when there is no store.
     * {@code proposeAfter}: how many conversations must have picked the same name.
     */
    public static Report of(Path stateDir, LocalDate since, int proposeAfter) throws SQLException {
        Optional<MissStore> store = MissStore.existing(stateDir);
        if (store.isEmpty()) {
            return new Report(since.toString(), 0, List.of(), List.of(), List.of(), List.of());
        }
        try (MissStore s = store.get()) {
            return of(s.reads(), since, proposeAfter);
        }
    }

    /** Deletes every kept question of the store in {@code stateDir} (none when there is no store); how many went. */
    public static int clear(Path stateDir) throws SQLException {
        Optional<MissStore> store = MissStore.existing(stateDir);
        if (store.isEmpty()) {
            return 0;
        }
        try (MissStore s = store.get()) {
            return s.clear();
        }
    }

    static Report of(Reads reads, LocalDate since, int proposeAfter) throws SQLException {
        List<Word> words = new ArrayList<>();
        for (Reads.WordCount w : reads.words(since, WORDS)) {
            words.add(new Word(w.word(), w.conversations(), w.asked(), reads.examples(w.word(), since, EXAMPLES)));
        }
        List<AskBack> askBacks = askBacks(reads.askBacks(since, ROWS));
        return new Report(since.toString(), reads.count(since), words, groups(reads.notUnderstood(since, ROWS)), askBacks,
                proposals(askBacks, proposeAfter));
    }

    /** Greedy grouping, newest first: a question joins the first group whose first question it is alike. */
    private static List<Group> groups(List<Reads.Kept> kept) {
        List<Map<CharSequence, Integer>> heads = new ArrayList<>();
        List<List<Reads.Kept>> members = new ArrayList<>();
        for (Reads.Kept k : kept) {
            Map<CharSequence, Integer> words = Similarity.words(k.question());
            int at = 0;
            while (at < heads.size() && !Similarity.alike(heads.get(at), words)) {
                at++;
            }
            if (at == heads.size()) {
                heads.add(words);
                members.add(new ArrayList<>());
            }
            members.get(at).add(k);
        }
        return members.stream().map(Review::group)
                .sorted(Comparator.comparingInt(Group::conversations).reversed().thenComparing(g -> -g.questions()))
                .limit(GROUPS).toList();
    }

    private static Group group(List<Reads.Kept> kept) {
        Set<String> conversations = new HashSet<>();
        Map<String, Example> examples = new LinkedHashMap<>();
        for (Reads.Kept k : kept) {
            conversations.add(k.conversation());
            if (examples.size() < EXAMPLES) {
                examples.putIfAbsent(k.question(), new Example(k.question(), k.answered()));
            }
        }
        return new Group(kept.size(), conversations.size(), List.copyOf(examples.values()));
    }

    private static List<AskBack> askBacks(List<Reads.AskBackRow> rows) {
        Map<String, List<Reads.AskBackRow>> byWord = new LinkedHashMap<>();
        rows.forEach(r -> byWord.computeIfAbsent(r.language() + "\u0000" + r.word(), k -> new ArrayList<>()).add(r));
        List<AskBack> out = new ArrayList<>();
        byWord.values().forEach(list -> {
            Set<String> all = new HashSet<>();
            Map<String, Set<String>> chosen = new LinkedHashMap<>();
            for (Reads.AskBackRow r : list) {
                all.add(r.conversation());
                if (r.choice() != null) {
                    chosen.computeIfAbsent(r.choice(), k -> new HashSet<>()).add(r.conversation());
                }
            }
            List<Choice> choices = chosen.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue().size()))
                    .sorted(Comparator.comparingInt(Choice::conversations).reversed()).toList();
            Reads.AskBackRow first = list.get(0);
            out.add(new AskBack(first.word(), first.language(), first.offered(), all.size(), choices));
        });
        out.sort(Comparator.comparingInt(AskBack::conversations).reversed());
        return out;
    }

    /** The names picked by at least {@code after} conversations for a word, the most picked only. */
    private static List<Proposal> proposals(List<AskBack> askBacks, int after) {
        List<Proposal> out = new ArrayList<>();
        for (AskBack a : askBacks) {
            if (!a.chosen().isEmpty() && a.chosen().get(0).conversations() >= after) {
                Choice c = a.chosen().get(0);
                out.add(new Proposal(a.word(), a.language(), c.name(), c.conversations(),
                        "duaalbot teach " + quoted(a.word()) + " --as " + quoted(c.name()) + " --language " + a.language()));
            }
        }
        return out;
    }

    private static String quoted(String s) {
        return s.matches("[\\p{L}\\p{N}_.-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
