package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 4: the first run of bin/duaalbot after a build writes the class-data archive,
 * and the JVM's warnings about it must not reach standard output: ask --json gives one JSON line.
 */
class LauncherIT {

    /** Issue 13, finding 5: the data and default settings are in the jar; it runs from any directory. */
    @Test
    void theJarRunsFromAnyDirectory(@org.junit.jupiter.api.io.TempDir Path elsewhere) throws Exception {
        Process ask = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/duaalbot.jar").toAbsolutePath().toString(), "ask", "--json", "horeca 2022-2023"))
                .directory(elsewhere.toFile()).start();
        String out = new String(ask.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ask.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ask.exitValue(), err);
        assertEquals("answered", new ObjectMapper().readTree(out).get("status").asText(), out + err);
    }

    @Test
    void theFirstRunAfterABuildPrintsOnlyTheAnswer() throws Exception {
        Path jar = Path.of("target/duaalbot.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        Files.deleteIfExists(Path.of("target/duaalbot.jsa"));
        Process ask = new ProcessBuilder(List.of("bin/duaalbot", "ask", "--json", "horeca 2022-2023"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(ask.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ask.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ask.exitValue());
        assertEquals(1, out.lines().count(), out.lines().limit(5).toList().toString());
        assertEquals("answered", new ObjectMapper().readTree(out).get("status").asText());
        assertTrue(Files.exists(Path.of("target/duaalbot.jsa")), "the archive is still written");
    }
}
