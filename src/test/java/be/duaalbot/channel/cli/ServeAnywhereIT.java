package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Table;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, finding 1: {@code serve} starts with the jar alone in an empty, read-only working
 * directory, as a user who owns nothing there (as the image runs it: WORKDIR /app, the jar, a
 * system user). The data is then the jar's own, which is not watched for changes.
 */
class ServeAnywhereIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** nobody: when the tests run as root, the process is started as this user instead. */
    private static final String NOBODY = "65534";

    @TempDir
    Path temp;

    @Test
    void serveStartsWithTheJarAloneInAReadOnlyDirectory() throws Exception {
        Path app = Files.createDirectory(temp.resolve("app"));
        Path jar = Files.copy(Path.of("target/duaalbot.jar"), app.resolve("duaalbot.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ServeProcess serve = new ServeProcess(asSomeoneElse(), jar, app, Map.of())) {
            assertTrue(serve.await("duaalbot serving on", 30), serve::log);
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + serve.port();
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            Table table = DataLoader.load(Path.of("config/data")).table("agreements", "sector").orElseThrow();
            String member = "Horeca";
            String year = table.schoolYears().get(table.schoolYears().size() - 1);
            String q = URLEncoder.encode(member + " overeenkomsten " + year, StandardCharsets.UTF_8);
            JsonNode answer = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/ask?q=" + q)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(table.value(member, year).getAsInt(), answer.get("figures").get(0).get("value").asInt(), answer::toString);
            assertEquals(0, serve.stop(), serve::log);
            assertFalse(serve.log().contains("Exception"), serve::log);
            assertFalse(Files.list(app).anyMatch(p -> !p.equals(jar)), "serve wrote into its working directory");
        } finally {
            Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** setpriv (util-linux) to nobody when the tests run as root; nothing otherwise. */
    private static List<String> asSomeoneElse() throws java.io.IOException {
        if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--");
    }
}
