package be.duaalbot.core;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the settings file and the data are when none is given: {@code config/} in the working
 * directory when it is there (a checkout, the Docker image's /app), otherwise the copies inside
 * the jar, so {@code java -jar duaalbot.jar} runs from any directory. {@code DUAALBOT_CONFIG}
 * and {@code DUAALBOT_DATA_DIR} always win.
 */
final class Defaults {
    private static final Path LOCAL_SETTINGS = Path.of("config/application.yml");

    private Defaults() {
    }

    static Path settingsFile(String given) {
        if (given != null) {
            return Path.of(given);
        }
        return Files.isRegularFile(LOCAL_SETTINGS) ? LOCAL_SETTINGS : bundled("application.yml", LOCAL_SETTINGS);
    }

    /** The data directory as set; the jar's own data when it is the default and not on disk. */
    static Path dataDir(String setting, boolean fromEnvironment) {
        Path dir = Path.of(setting);
        if (fromEnvironment || Files.isDirectory(dir)) {
            return dir;
        }
        return bundled("data", dir);
    }

    /** A resource under /defaults of the jar (or of the classes directory), or {@code otherwise}. */
    private static Path bundled(String name, Path otherwise) {
        var url = Defaults.class.getResource("/defaults/" + name);
        if (url == null) {
            return otherwise;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier look-up: Path.of finds it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            return otherwise;
        }
    }
}
