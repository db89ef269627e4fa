package be.duaalbot.review;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import be.duaalbot.data.DataLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Test helper: the service on the repository's data with a recorder on a store in {@code stateDir}, at a clock the test moves. */
final class Reviewed implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    final MutableClock clock = new MutableClock(START);
    final DuaalBot bot;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AnswerService service;
    final Recorder recorder;
    final Path stateDir;

    Reviewed(Path stateDir, int megabytes) {
        this(stateDir, megabytes, MemoryBudget.ofHeap());
    }

    Reviewed(Path stateDir, int megabytes, MemoryBudget budget) {
        this.stateDir = stateDir;
        bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        service = new AnswerService(bot, registry, budget, Conversations.defaults());
        recorder = Recorder.start(new Settings.Review(true, stateDir, 30, megabytes), bot, budget, registry, clock);
        service.listen(recorder);
    }

    /** The report of everything kept, once every question asked so far is written. */
    Review.Report report() throws Exception {
        recorder.flush();
        return Review.of(stateDir, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(365), 3);
    }

    double counter(String name) {
        var c = registry.find(name).counter();
        return c == null ? 0 : c.count();
    }

    @Override
    public void close() {
        recorder.close();
    }
}
