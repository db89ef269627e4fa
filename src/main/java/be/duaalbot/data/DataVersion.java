package be.duaalbot.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which data a bot serves: when it was loaded and a hash of the directory's {@code *.json} files
 * (names and contents), so that {@code /readyz} and the metrics say whether a reload took and
 * two instances can be compared.
 */
public record DataVersion(Instant loadedAt, String hash) {

    /** The hash of what the directory holds now, stamped with {@code at}. */
    public static DataVersion of(Path dir, Instant at) {
        try (Stream<Path> files = Files.list(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            for (Path f : json) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return new DataVersion(at, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new DataException(dir.toString(), "", "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
