package be.duaalbot.core;

import be.duaalbot.data.DataException;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.DataVersion;
import be.duaalbot.data.Dataset;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the data directory into the bot without a restart (on SIGHUP, and when the directory
 * changes). A directory that does not load is refused with the reason logged, and the old data
 * keeps serving; an unchanged directory (same hash) is not reloaded.
 */
public final class DataReloader {
    private static final Logger LOG = LoggerFactory.getLogger(DataReloader.class);
    /** A reload, or that there was nothing to reload, is said at every log level, like the start: admins look for it. */
    private static final Logger CONSOLE = LoggerFactory.getLogger("duaalbot");

    private final Path dir;
    private final DuaalBot bot;
    private final Clock clock;

    public DataReloader(Path dir, DuaalBot bot, Clock clock) {
        this.dir = dir;
        this.bot = bot;
        this.clock = clock;
    }

    /** Loads the directory and swaps it in; true when new data now serves. */
    public synchronized boolean reload() {
        try {
            DataVersion version = DataVersion.of(dir, clock.instant());
            if (version.hash().equals(bot.version().hash())) {
                CONSOLE.info("data: unchanged {} (version {}), nothing to reload", dir, version.hash());
                return false;
            }
            Dataset data = DataLoader.load(dir);
            bot.swap(data, version);
            CONSOLE.info("data: reloaded {} (version {}, {} tables, school years up to {})", dir, version.hash(),
                    data.tables().size(), data.latestYear());
            return true;
        } catch (DataException e) {
            LOG.error("data: reload refused, still serving version {}: {}", bot.version().hash(), e.getMessage());
            return false;
        }
    }

    /**
     * Watches the directory in a daemon thread and reloads a second after the last change, so a
     * copy of several files is read once, whole. Returns false when the platform cannot watch, and
     * for the data inside the jar, which cannot change (only the default file system has a watch
     * service a directory can register with).
     */
    public boolean watch() {
        if (dir.getFileSystem() != FileSystems.getDefault()) {
            LOG.info("data: the jar's own data ({}), not watched; set DUAALBOT_DATA_DIR to data on disk to reload it", dir);
            return false;
        }
        try {
            WatchService watcher = FileSystems.getDefault().newWatchService();
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            Thread t = new Thread(() -> loop(watcher), "duaalbot-data-watch");
            t.setDaemon(true);
            t.start();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("data: cannot watch {} ({}); reload with SIGHUP", dir, e.getMessage());
            return false;
        }
    }

    private void loop(WatchService watcher) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                WatchKey more;
                while ((more = watcher.poll(1, TimeUnit.SECONDS)) != null) { // quiet for a second: the copy is done
                    more.pollEvents();
                    more.reset();
                }
                reload();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
