package be.duaalbot.core;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.DataVersion;
import be.duaalbot.data.Dataset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot every channel calls: the pipeline on the current dataset, behind one reference that a
 * reload swaps ({@link #swap}). Each question takes the reference once, so it is answered on one
 * consistent dataset; those who keep answers (the answer cache) are told of a swap.
 */
public final class DuaalBot {
    /** Questions longer than this get a short reply instead of an attempt. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    private final Clock clock;
    private final AtomicReference<Pipeline> current;
    private final List<Runnable> onSwap = new CopyOnWriteArrayList<>();

    public DuaalBot(Dataset data, Clock clock) {
        this(data, new DataVersion(Instant.now(clock), ""), clock);
    }

    public DuaalBot(Dataset data, DataVersion version, Clock clock) {
        this.clock = clock;
        this.current = new AtomicReference<>(Pipeline.on(data, version, clock));
    }

    /**
     * The bot on the data directory of the settings, read as {@code serve} reads them (the settings
     * file, then the environment): one settings path for every command.
     */
    public static DuaalBot fromEnvironment() {
        Path path = SettingsLoader.fromEnvironment().dataDir();
        return new DuaalBot(DataLoader.load(path), Clock.systemDefaultZone());
    }

    public Dataset data() {
        return current.get().data();
    }

    public DataVersion version() {
        return current.get().version();
    }

    /** The composer, for the replies a channel makes itself: welcome, help, sources, command names. */
    public AnswerComposer texts() {
        return current.get().composer();
    }

    /** Serves {@code data} from now on; questions under way finish on the data they started with. */
    public void swap(Dataset data, DataVersion version) {
        current.set(Pipeline.on(data, version, clock));
        onSwap.forEach(Runnable::run);
    }

    /** Runs {@code action} after every swap (to drop answers of the old data). */
    public void onSwap(Runnable action) {
        onSwap.add(action);
    }

    /** A one-off question, in a conversation of its own. */
    public Answer answer(String question) {
        return answer(question, new Conversation());
    }

    public Answer answer(String question, Conversation conversation) {
        return current.get().answer(question == null ? "" : question, conversation);
    }
}
