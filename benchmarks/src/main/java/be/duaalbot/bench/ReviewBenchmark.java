package be.duaalbot.bench;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import be.duaalbot.data.DataLoader;
import be.duaalbot.review.Recorder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What keeping missed questions costs an answer (issue 24): the service's chat path (a conversation
 * per question, as Telegram, Slack and the API with a conversation id go) over the mixed workload,
 * with the review off and on (a real SQLite store in a temporary directory, written by the
 * recorder's thread while the answers run). Both in one run, so the machine's load is the same.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewBenchmark {

    @State(Scope.Benchmark)
    public static class Service {
        @Param({"off", "on"})
        String review;
        AnswerService service;
        Recorder recorder;
        Path state;
        List<String> questions;

        @Setup(Level.Trial)
        public void start() throws IOException {
            DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
            MemoryBudget budget = MemoryBudget.ofHeap();
            // no answer cache on the chat path; conversations as serve bounds them
            service = new AnswerService(bot, new SimpleMeterRegistry(), budget, Conversations.defaults());
            questions = Workload.questions();
            if (review.equals("on")) {
                state = Files.createTempDirectory("duaalbot-bench-state");
                recorder = Recorder.start(new Settings.Review(true, state, 30, 16), bot, budget, new SimpleMeterRegistry(), Clock.systemUTC());
                service.listen(recorder);
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            if (recorder != null) {
                recorder.close();
                try (var files = Files.walk(state)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public String converse(Service s, Cursor cursor) {
        int n = cursor.next++;
        Answer answer = s.service.converse(s.questions.get(n % s.questions.size()), "chat-" + (n % 1000), "bench");
        return answer.text();
    }
}
