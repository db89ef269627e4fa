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
        assertTrue(docker.matches("(?s).*\nENTRYPOINT \\[\"java\", [^\n]*\"-jar\", \"/app/duaalbot.jar\"]\n.*"), docker);
        assertTrue(docker.contains("CMD [\"serve\"]"), docker);
        assertTrue(read("README.md").contains("java -jar target/duaalbot.jar serve"), "the README serves differently");
        Matcher healthcheck = Pattern.compile("(?m)^HEALTHCHECK (?:[^\\n]*\\\\\\n)*[^\\n]*$").matcher(docker);
        assertTrue(healthcheck.find(), docker);
        String check = healthcheck.group();
        assertTrue(check.contains("/healthz") && !check.contains("java"), "the health check must ask /healthz and start no JVM: " + check);
        assertTrue(docker.contains("-XX:+ExitOnOutOfMemoryError") && read("bin/duaalbot").contains("-XX:+ExitOnOutOfMemoryError"),
                "an OutOfMemoryError must end the process in every launch path");
        assertTrue(docker.contains("FROM ${BUILD_IMAGE} AS build") && docker.contains("FROM ${RUNTIME_IMAGE}\n"), docker);
        assertTrue(docker.matches("(?s).*\nARG BUILD_IMAGE=maven:\\d+\\.\\d+\\.\\d+-eclipse-temurin-17\n.*")
                && docker.matches("(?s).*\nARG RUNTIME_IMAGE=eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jre-\\w+\n.*"),
                "base images default to exact release tags");
        assertTrue(docker.contains("USER duaalbot"), "runs as root");
    }

    @Test
    void composeReadsTheEnvironmentFileThatTheExampleShows() throws IOException {
        String compose = read("docker-compose.yml");
        assertTrue(compose.contains("env_file"));
        for (String hardening : List.of("read_only: true", "/tmp", "cap_drop: [ALL]", "no-new-privileges:true", "\"127.0.0.1:${HOST_PORT:-8080}:8080\"",
                "max-size", "_FILE", "DUAALBOT_DATA_DIR: /data", ":/data:ro\"")) {
            assertTrue(compose.contains(hardening), "compose lacks " + hardening);
        }
        List<String> example = Files.readAllLines(Path.of(".env.example"));
        assertTrue(example.stream().filter(l -> !l.startsWith("#") && l.contains("="))
                .allMatch(l -> l.endsWith("=")), ".env.example must hold no value, let alone a secret");
        assertTrue(read(".gitignore").lines().anyMatch(".env"::equals), ".env is not ignored");
    }

    /**
     * Issue 21, finding 5: the JVM's options are on its command line, so no JVM in the image prints
     * "Picked up ..."; and every comment that gives the heap's share gives the flag's.
     */
    @Test
    void theJvmOptionsAreSaidOnceAndTheCommentsAgreeWithThem() throws IOException {
        String docker = read("Dockerfile");
        assertTrue(!Pattern.compile("(?m)^[^#\\n]*(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS)=").matcher(docker).find(),
                "an options variable in the image makes every JVM print 'Picked up'");
        Matcher flag = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(docker);
        assertTrue(flag.find(), docker);
        Pattern said = Pattern.compile("(?i)heap (?:is|at|sized at|takes) (\\d+)%");
        for (String file : List.of("Dockerfile", "docker-compose.yml", "README.md", "BENCHMARKS.md")) {
            Matcher m = said.matcher(read(file).replaceAll("\\s*(?:#\\s*)?\\n\\s*(?:#\\s*)?", " "));
            while (m.find()) {
                assertEquals(flag.group(1), m.group(1), file + " says: " + m.group());
            }
        }
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
