package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 5: a library's error with an exception (Slack's client failing to reach its
 * API) is one line with a time in the text log, the exception's classes and messages in it; the
 * whole stack trace is still there at DEBUG, and in the JSON log at any level.
 */
class LogLinesIT {
    private static final Pattern STAMPED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\S* [A-Z]+ .*");
    /** Slack's client logs the failed auth.test itself, with the exception, before the bot says so. */
    private static final String LIBRARY_ERROR = "Failed to call auth.test API";

    private static String serveWithSlackUnreachable(String level, String format) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_APP_TOKEN", "xapp-test",
                "SLACK_API_URL", "http://127.0.0.1:9/api/", "DUAALBOT_LOG_LEVEL", level, "DUAALBOT_LOG_FORMAT", format));
        try (ServeProcess serve = new ServeProcess(env)) {
            assertTrue(serve.await("serving on", 30), serve::log);
            assertTrue(serve.await(LIBRARY_ERROR, 30), serve::log);
            assertEquals(0, serve.stop(), serve::log);
            return serve.log();
        }
    }

    @Test
    void aLibraryErrorIsOneStampedLineInTheTextLog() throws Exception {
        String log = serveWithSlackUnreachable("WARN", "text");
        List<String> lines = log.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            assertTrue(STAMPED.matcher(line).matches(), () -> "a line without its time: " + line + "\n" + log);
        }
        String error = lines.stream().filter(l -> l.contains(LIBRARY_ERROR)).findFirst().orElseThrow();
        assertTrue(error.contains("ConnectException") && error.contains("Connection refused"), error);
    }

    @Test
    void atDebugTheStackTraceIsKept() throws Exception {
        String log = serveWithSlackUnreachable("DEBUG", "text");
        assertTrue(log.contains("\tat com.slack.api"), log);
    }

    @Test
    void theJsonLogKeepsTheStackTraceAtAnyLevel() throws Exception {
        String log = serveWithSlackUnreachable("WARN", "json");
        ObjectMapper json = new ObjectMapper();
        JsonNode error = null;
        for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode node = json.readTree(line);
            if (node.path("formattedMessage").asText().contains(LIBRARY_ERROR)) {
                error = node;
            }
        }
        assertFalse(error == null, log);
        assertTrue(error.path("throwable").path("stepArray").size() > 3, error::toString);
    }
}
