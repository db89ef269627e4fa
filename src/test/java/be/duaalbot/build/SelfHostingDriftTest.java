package be.duaalbot.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so what can be checked is checked: the image builds the jar with
 * the same Maven command as bin/duaalbot and the README, and starts it with the command the
 * README gives for serving; the compose file takes its settings from .env as .env.example shows.
 */
class SelfHostingDriftTest {

    @Test
    void theImageBuildsWithTheCommandTheReadmeAndTheLauncherUse() throws IOException {
        String build = lastMavenRun(read("Dockerfile"));
        assertEquals("mvn -B -q package -DskipTests", build);
        assertTrue(read("bin/duaalbot").contains(build), "bin/duaalbot builds differently");
        assertTrue(read("README.md").contains(build), "the README builds differently");
    }

    @Test
    void theImageServesWithTheCommandTheReadmeGives() throws IOException {
        String docker = read("Dockerfile");
        assertTrue(docker.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/duaalbot.jar\"]"), docker);
        assertTrue(docker.contains("CMD [\"serve\"]"), docker);
        assertTrue(read("README.md").contains("java -jar target/duaalbot.jar serve"), "the README serves differently");
        String check = docker.substring(docker.indexOf("HEALTHCHECK"));
        check = check.substring(0, check.indexOf("ENTRYPOINT"));
        assertTrue(check.contains("/healthz") && !check.contains("java"), "the health check must ask /healthz and start no JVM: " + check);
        assertTrue(docker.contains("-XX:+ExitOnOutOfMemoryError") && read("bin/duaalbot").contains("-XX:+ExitOnOutOfMemoryError"),
                "an OutOfMemoryError must end the process in every launch path");
        assertTrue(!docker.matches("(?s).*FROM [^\\n]*:17-jre.*"), "base images pinned to release tags");
        assertTrue(docker.contains("USER duaalbot"), "runs as root");
    }

    @Test
    void composeReadsTheEnvironmentFileThatTheExampleShows() throws IOException {
        String compose = read("docker-compose.yml");
        assertTrue(compose.contains("env_file"));
        for (String hardening : List.of("read_only: true", "/tmp", "cap_drop: [ALL]", "no-new-privileges:true", "127.0.0.1:8080:8080", "max-size", "_FILE")) {
            assertTrue(compose.contains(hardening), "compose lacks " + hardening);
        }
        List<String> example = Files.readAllLines(Path.of(".env.example"));
        assertTrue(example.stream().filter(l -> !l.startsWith("#") && l.contains("="))
                .allMatch(l -> l.endsWith("=")), ".env.example must hold no value, let alone a secret");
        assertTrue(read(".gitignore").lines().anyMatch(".env"::equals), ".env is not ignored");
    }

    private static String lastMavenRun(String dockerfile) {
        Matcher m = Pattern.compile("(?m)^RUN (mvn [^\\n]*package[^\\n]*)$").matcher(dockerfile);
        String last = null;
        while (m.find()) {
            last = m.group(1).strip();
        }
        return last;
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }
}
