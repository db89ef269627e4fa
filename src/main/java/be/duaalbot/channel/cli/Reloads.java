package be.duaalbot.channel.cli;

import be.duaalbot.core.DataReloader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes {@code serve} reload its data: SIGHUP (through {@code sun.misc.Signal}, the JDK's
 * only way to handle a signal; where the platform has no SIGHUP, only the directory watch remains)
 * and a change in the data directory. Reloads run on their own thread, never on the signal's.
 */
final class Reloads {
    private static final Logger LOG = LoggerFactory.getLogger(Reloads.class);

    private Reloads() {
    }

    static void start(DataReloader reloader) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> {
                Thread t = new Thread(reloader::reload, "duaalbot-data-reload");
                t.setDaemon(true);
                t.start();
            });
        } catch (IllegalArgumentException e) {
            LOG.warn("data: no SIGHUP on this platform ({}); the data directory is watched instead", e.getMessage());
        }
        reloader.watch();
    }
}
