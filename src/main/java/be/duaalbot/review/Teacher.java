package be.duaalbot.review;

import be.duaalbot.data.DataException;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import be.duaalbot.data.Lexicon;
import be.duaalbot.data.TaughtWords;
import be.duaalbot.data.TaughtWords.Entry;
import be.duaalbot.data.TaughtWords.Kind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code duaalbot teach}: a word the bot did not know, written to the local lexicon overlay of
 * the data directory ({@link TaughtWords}) as a name of a member, measure, breakdown or group, or
 * as a filler, for one language. Refused by name: a target that names nothing or several things,
 * a word the bot already knows, and anything that would not load. The directory is loaded with
 * the new overlay before this returns; a running service reloads it by itself.
 */
public final class Teacher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '\\-.&]{0,59}");

    /** A refusal, its message naming what was wrong. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Teacher() {
    }

    /** Teaches {@code word} as what {@code name} stands for (or as a filler when {@code name} is null); what was done, in a line. */
    public static String teach(Path dir, String word, String name, Language language) {
        writable(dir);
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (!WORD.matcher(w).matches()) {
            throw new Refused("'" + word + "' is not a word to teach: 1 to 60 letters, digits, spaces, - ' . &");
        }
        Dataset data = DataLoader.load(dir);
        List<Entry> before = TaughtWords.read(dir);
        List<Entry> entries = new ArrayList<>(before);
        entries.stream().filter(e -> e.language() == language && Targets.key(e.word()).equals(Targets.key(w))).findFirst()
                .ifPresent(e -> {
                    throw new Refused("'" + w + "' is already taught for " + language.code() + " as " + describe(e)
                            + "; undo it first (teach --undo)");
                });
        known(data, language, w);
        Entry entry = name == null ? new Entry(w, language, Kind.FILLER, "") : entry(data, language, w, name);
        entries.add(entry);
        save(dir, entries, before);
        return "taught: '" + w + "' (" + language.code() + ") as " + describe(entry) + ", in " + dir.resolve(TaughtWords.FILE);
    }

    /** Takes {@code word} out of the overlay again. */
    public static String undo(Path dir, String word, Language language) {
        writable(dir);
        List<Entry> before = TaughtWords.read(dir);
        List<Entry> after = before.stream()
                .filter(e -> e.language() != language || !Targets.key(e.word()).equals(Targets.key(word))).toList();
        if (after.size() == before.size()) {
            throw new Refused("'" + word + "' is not taught for " + language.code() + " in " + dir.resolve(TaughtWords.FILE));
        }
        save(dir, after, before);
        return "undone: '" + word.strip() + "' (" + language.code() + ") is no longer taught";
    }

    private static Entry entry(Dataset data, Language language, String word, String name) {
        Set<Targets.Target> targets = new Targets(data, language).of(name);
        if (targets.isEmpty()) {
            throw new Refused("'" + name + "' names nothing in the data: give a member (such as '" + data.allMembers().get(0)
                    + "'), a measure " + data.measures().keySet() + ", a breakdown " + data.breakdowns().keySet()
                    + " or a group " + data.groups().keySet());
        }
        if (targets.size() > 1) {
            throw new Refused("'" + name + "' is ambiguous: it names " + targets.stream().map(Object::toString).toList()
                    + "; give one of those");
        }
        Targets.Target t = targets.iterator().next();
        return new Entry(word, language, t.kind(), t.key());
    }

    /** A word the bot already reads (a name, a grammar word, a filler) is not taught again; a place outside the data may be. */
    private static void known(Dataset data, Language language, String word) {
        Set<Targets.Target> as = new Targets(data, language).of(word);
        if (!as.isEmpty()) {
            throw new Refused("'" + word + "' is already known for " + language.code() + " as " + as.iterator().next());
        }
        Lexicon lexicon = data.lexicons().get(language);
        String key = Targets.key(word);
        boolean grammar = lexicon.words().values().stream().flatMap(List::stream).anyMatch(s -> Targets.key(s).equals(key));
        if (grammar || lexicon.stopwords().stream().anyMatch(s -> Targets.key(s).equals(key))) {
            throw new Refused("'" + word + "' is already known for " + language.code() + " as " + (grammar ? "a grammar word" : "a filler"));
        }
    }

    /** Writes the overlay and loads the directory with it; what does not load is put back as it was and refused. */
    private static void save(Path dir, List<Entry> entries, List<Entry> before) {
        TaughtWords.write(dir, entries);
        try {
            DataLoader.load(dir);
        } catch (DataException e) {
            TaughtWords.write(dir, before);
            throw new Refused("refused, the data would not load: " + e.getMessage());
        }
    }

    private static void writable(Path dir) {
        if (!dir.getFileSystem().equals(FileSystems.getDefault())) {
            throw new Refused("the data directory is the one inside the jar; set DUAALBOT_DATA_DIR to a directory of your own "
                    + "(a copy of config/data) to teach words");
        }
    }

    private static String describe(Entry e) {
        return e.kind() == Kind.FILLER ? "a filler (read past)" : e.kind().code() + " '" + e.target() + "'";
    }
}
