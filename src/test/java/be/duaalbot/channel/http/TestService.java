package be.duaalbot.channel.http;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Test helper: the service on the repository's data, and its HTTP server (not started), as serve wires them. */
public final class TestService {
    public final AnswerService service;
    public final HttpChannel http;

    public TestService() {
        DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        service = new AnswerService(bot, registry, be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults());
        http = new HttpChannel(service, registry, Duration.ofSeconds(1));
    }
}
