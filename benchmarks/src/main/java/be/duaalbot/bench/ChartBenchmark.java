package be.duaalbot.bench;

import be.duaalbot.answer.ChartModel;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to draw a chart as PNG after warm-up, for a series, a ranking and a comparison. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Djava.awt.headless=true")
@State(Scope.Benchmark)
public class ChartBenchmark {
    @Param({"evolutie overeenkomsten horeca", "top 10 sectoren erkenningen 2022-2023",
        "vergelijk Limburg en Antwerpen overeenkomsten"})
    public String question;

    private ChartModel model;
    private final ChartRenderer renderer = new ChartRenderer();

    @Setup
    public void model() {
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        model = bot.answer(question).chart().orElseThrow();
        System.out.printf("%n[%s] PNG of %d bytes%n", question, renderer.png(model, Locale.ROOT).length);
    }

    @Benchmark
    public byte[] png() {
        return renderer.png(model, Locale.forLanguageTag("nl-BE"));
    }
}
