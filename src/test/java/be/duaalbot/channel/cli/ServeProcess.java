package be.duaalbot.channel.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar's {@code serve}, as a process, with its log read on a thread; tests wait for log
 * lines on latches. {@link #stop()} sends SIGTERM (without closing the log stream) and returns
 * the exit status.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("duaalbot serving on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final StringBuffer log = new StringBuffer();
    private final Map<String, CountDownLatch> waits = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile int port;

    ServeProcess(Map<String, String> env) throws IOException {
        this(List.of(), Path.of("target/duaalbot.jar").toAbsolutePath(), Path.of("."), env);
    }

    /**
     * {@code java -jar jar serve} in {@code dir}, after the command words of {@code prefix} (such
     * as {@code setpriv} to run it as another user), without the data and settings variables the
     * tests' own environment may have.
     */
    ServeProcess(List<String> prefix, Path jar, Path dir, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("DUAALBOT_DATA_DIR");
        builder.environment().remove("DUAALBOT_CONFIG");
        builder.environment().put("PORT", "0");
        builder.environment().put("DUAALBOT_HOST", "127.0.0.1");
        builder.environment().put("DUAALBOT_LOG_LEVEL", "INFO");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        process = builder.start();
        reader = new Thread(this::read, "serve-log");
        reader.start();
    }

    /** Waits for a log line containing {@code text}; false after the timeout. */
    boolean await(String text, long seconds) throws InterruptedException {
        CountDownLatch latch = waits.computeIfAbsent(text, t -> new CountDownLatch(1));
        if (log.toString().contains(text)) {
            latch.countDown();
        }
        return latch.await(seconds, TimeUnit.SECONDS);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String log() {
        return log.toString();
    }

    int stop() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy would also close the log stream
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        reader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1)); // before the line is seen: await() may return on it
                }
                log.append(line).append('\n');
                for (var wait : waits.entrySet()) {
                    if (line.contains(wait.getKey())) {
                        wait.getValue().countDown();
                    }
                }
            }
        } catch (IOException e) {
            log.append("read failed: ").append(e.getMessage());
        }
    }
}
