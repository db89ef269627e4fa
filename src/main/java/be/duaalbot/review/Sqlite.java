package be.duaalbot.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection to the store's file as the store wants it: waiting for another process's lock
 * rather than failing, foreign keys on (an entry's words go with it), deleted content overwritten,
 * a sync per transaction, and the schema at its last version. The driver's native library is
 * unpacked beside the file, not in /tmp (a container's /tmp is often mounted noexec).
 */
final class Sqlite {
    private Sqlite() {
    }

    static Connection connect(Path file) throws SQLException {
        Path dir = file.toAbsolutePath().getParent();
        boolean here = System.getProperty("org.sqlite.tmpdir") == null;
        if (here) {
            System.setProperty("org.sqlite.tmpdir", dir.toString());
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        if (here) {
            removeLibrary(dir);
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA secure_delete = ON");
            s.execute("PRAGMA synchronous = NORMAL");
            Migrations.migrate(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Once loaded, the unpacked library is not needed on disk (a loaded library stays mapped); a
     * stop by halt never runs the driver's delete-on-exit, so without this each start would leave
     * a megabyte behind in the state directory.
     */
    private static void removeLibrary(Path dir) {
        try (var files = Files.newDirectoryStream(dir, "sqlite-*libsqlitejdbc*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // Windows keeps a loaded library: it goes with the driver's delete-on-exit
        }
    }
}
