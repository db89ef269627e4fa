package be.duaalbot.channel.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code healthcheck}: exits 0 when {@code /healthz} of the service on this machine answers 200,
 * 1 otherwise. For the container's HEALTHCHECK, which then needs no curl in the image.
 */
@Command(name = "healthcheck", mixinStandardHelpOptions = true, description = "Exit 0 when the local service is healthy.")
final class HealthcheckCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        String port = System.getenv().getOrDefault("PORT", "8080");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .timeout(Duration.ofSeconds(3)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 0 : 1;
        } catch (Exception e) {
            return 1;
        }
    }
}
