package be.duaalbot.core;

import java.util.Map;

/**
 * A channel as a module found on the class path ({@code META-INF/services/be.duaalbot.core.ChannelModule}):
 * it names itself and declares the settings it reads, with their defaults, so that the settings
 * file and the environment accept them and {@link Settings#channel} gives their values. Core
 * knows modules only through this interface; what a module adds to the service (routes, a
 * connection) is between it and the channel that hosts it.
 */
public interface ChannelModule {

    /** The channel's name in logs and metrics, as its package is named. */
    String name();

    /** The settings this channel reads, by name, each with its default as the settings file writes it. */
    Map<String, String> settings();

    /**
     * Which settings of this channel are secrets (tokens, signing secrets): read from the environment
     * only, or from the file {@code <NAME>_FILE} names; refused in the settings file; never logged.
     * A secret has no default: unset, it is empty ({@link Settings#channelSecret}).
     */
    default java.util.Set<String> secrets() {
        return java.util.Set.of();
    }

    /**
     * The stores this channel keeps in memory (outboxes, rate-limit buckets, replies kept for their
     * buttons), each with its share of the heap: {@link MemoryBudget} bounds them and counts them in its total.
     */
    default java.util.List<MemoryBudget.Store> stores() {
        return java.util.List.of();
    }

    /**
     * Checks this channel's settings once they are loaded, typed and together (a URL, a list of
     * ids, a setting that needs another): a bad one stops the start with a {@link SettingsException}
     * naming it and its value (never a secret's).
     */
    default void check(Settings settings) {
    }

    /** Every module on the class path, in a stable order. */
    static java.util.List<ChannelModule> all() {
        java.util.List<ChannelModule> modules = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(ChannelModule.class, ChannelModule.class.getClassLoader()).forEach(modules::add);
        modules.sort(java.util.Comparator.comparing(ChannelModule::name));
        return modules;
    }
}
