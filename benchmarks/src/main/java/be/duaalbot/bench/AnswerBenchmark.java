package be.duaalbot.bench;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency, question to text (normalise, recognise, parse, run, compose, plain text), over
 * the mixed workload, with no answer cache: the bot itself, as every channel calls it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnswerBenchmark {

    @State(Scope.Benchmark)
    public static class Bot {
        DuaalBot bot;
        List<String> questions;

        @Setup
        public void load() {
            bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
            questions = Workload.questions();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public String oneThread(Bot state, Cursor cursor) {
        return answer(state, cursor);
    }

    @Benchmark
    @Threads(2)
    public String twoThreads(Bot state, Cursor cursor) {
        return answer(state, cursor);
    }

    private static String answer(Bot state, Cursor cursor) {
        String q = state.questions.get(cursor.next++ % state.questions.size());
        Answer answer = state.bot.answer(q);
        return answer.text();
    }
}
