package be.duaalbot.bench;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.Settings;
import be.duaalbot.data.DataLoader;
import be.duaalbot.review.Recorder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What keeping missed questions costs the answering thread, measured when the machine is too busy
 * for wall-clock timings (other builds on its two cores): the CPU time of the answering thread
 * alone (the recorder's writer runs on its own thread), over the chat path, with the review off
 * and on in alternating rounds of the whole workload, so both see the same machine; and with only
 * the hand-over (the listener's work on the answering thread, no writer). Prints the median CPU
 * microseconds per answer of each, and the ratios.
 *
 *   java -cp benchmarks/target/benchmarks.jar be.duaalbot.bench.ReviewCost [rounds]
 */
public final class ReviewCost {
    private ReviewCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        MemoryBudget budget = MemoryBudget.ofHeap();
        AnswerService off = new AnswerService(bot, new SimpleMeterRegistry(), budget, Conversations.defaults());
        AnswerService on = new AnswerService(bot, new SimpleMeterRegistry(), budget, Conversations.defaults());
        Path state = Files.createTempDirectory("duaalbot-cost-state");
        Recorder recorder = Recorder.start(new Settings.Review(true, state, 30, 16), bot, budget, new SimpleMeterRegistry(), Clock.systemUTC());
        on.listen(recorder);
        // the hand-over alone, without a writer: what the answering thread itself does when the review is on
        AnswerService handOver = new AnswerService(bot, new SimpleMeterRegistry(), budget, Conversations.defaults());
        java.util.concurrent.atomic.AtomicLong weight = new java.util.concurrent.atomic.AtomicLong();
        handOver.listen(asked -> weight.addAndGet(asked.weight()));
        List<String> questions = Workload.questions();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) { // warm-up
            round(off, questions, cpu, i);
            round(on, questions, cpu, i);
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] h = new double[rounds];
        AnswerService[] services = {off, on, handOver};
        double[][] results = {a, b, h};
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 3; k++) { // each round in another order
                int s = (i + k) % 3;
                results[s][i] = round(services[s], questions, cpu, i);
            }
            recorder.flush(); // the writer catches up between rounds: each round hands over the same
        }
        recorder.close();
        double mOff = median(a);
        double mOn = median(b);
        System.out.printf(Locale.ROOT, "answering thread's CPU per answer, median of %d rounds of %d questions: off %.2f us (%.2f..%.2f), "
                + "on %.2f us (%.2f..%.2f), on/off %.3f; hand-over alone %.2f us (%.2f..%.2f), hand-over/off %.3f%n", rounds,
                questions.size(), mOff, quartile(a, 1), quartile(a, 3), mOn, quartile(b, 1), quartile(b, 3), mOn / mOff,
                median(h), quartile(h, 1), quartile(h, 3), median(h) / mOff);
        try (var files = Files.walk(state)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** CPU microseconds of this thread per answer over one pass of the workload, each question in one of 1,000 chats. */
    private static double round(AnswerService service, List<String> questions, ThreadMXBean cpu, int round) {
        long start = cpu.getCurrentThreadCpuTime();
        long sink = 0;
        for (int n = 0; n < questions.size(); n++) {
            sink += service.converse(questions.get(n), "chat-" + round + "-" + (n % 1000), "bench").text().length();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (cpu.getCurrentThreadCpuTime() - start) / 1e3 / questions.size();
    }

    private static double median(double[] v) {
        return quartile(v, 2);
    }

    private static double quartile(double[] v, int q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, s.length * q / 4)];
    }
}
