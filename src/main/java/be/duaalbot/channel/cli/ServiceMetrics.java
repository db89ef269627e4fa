package be.duaalbot.channel.cli;

import be.duaalbot.core.ChatChannel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/** The registry behind {@code /metrics}: process, JVM memory, GC and threads, build info, and each chat channel's connected gauge. */
final class ServiceMetrics {

    private ServiceMetrics() {
    }

    @SuppressWarnings("resource") // the GC binder lives as long as the process
    static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Gauge.builder("duaalbot.build.info", () -> 1).description("Build information: the version of duaalbot and of Java")
                .tag("version", Version.current()).tag("java", System.getProperty("java.version")).register(registry);
        return registry;
    }

    static void channels(PrometheusMeterRegistry registry, List<ChatChannel> channels) {
        for (ChatChannel c : channels) {
            Gauge.builder("duaalbot.channel.connected", c, ch -> ch.state().phase() == ChatChannel.Phase.CONNECTED ? 1 : 0)
                    .description("1 while the chat channel is connected to its platform, 0 while starting or failed")
                    .tag("channel", c.name()).register(registry);
        }
    }

    /** The data's version: when it was loaded (seconds since the epoch) and its hash as a label, both following reloads. */
    static void data(PrometheusMeterRegistry registry, be.duaalbot.core.DuaalBot bot) {
        Gauge.builder("duaalbot.data.loaded.timestamp", bot, b -> b.version().loadedAt().toEpochMilli() / 1000.0)
                .description("When the data now served was loaded, in seconds since the epoch").register(registry);
        io.micrometer.core.instrument.MultiGauge version = io.micrometer.core.instrument.MultiGauge.builder("duaalbot.data.version")
                .description("1 for the hash of the data directory now served").register(registry);
        Runnable update = () -> version.register(List.of(io.micrometer.core.instrument.MultiGauge.Row.of(
                io.micrometer.core.instrument.Tags.of("hash", bot.version().hash()), 1)), true);
        update.run();
        bot.onSwap(update);
    }
}
