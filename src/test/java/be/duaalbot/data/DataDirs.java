package be.duaalbot.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helper: copies every file of a data directory (the repository's, or a fixture's) into another. */
public final class DataDirs {
    public static final Path CONFIG = Path.of("config/data");
    /** The limits of {@code data import} as {@code config/application.yml} sets them. */
    public static final ImportLimits LIMITS = be.duaalbot.core.SettingsLoader.load(java.util.Map.of()).importLimits();

    private DataDirs() {
    }

    /** Copies the files of {@code from} into {@code into} (created if needed) and returns {@code into}. */
    public static Path copy(Path from, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, into.resolve(f.getFileName().toString()));
            }
        }
        return into;
    }
}
