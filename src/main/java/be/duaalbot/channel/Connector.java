package be.duaalbot.channel;

import be.duaalbot.core.ChatChannel.State;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The start of a chat channel, shared by the platforms: in the background, one attempt after
 * another, waiting 1 s and twice as long each time up to a minute while the platform cannot be
 * reached, until the channel is connected, its credentials are refused for good (one error line
 * naming the setting, the channel failed, no more calls), or it is stopped. Its state feeds
 * {@code /readyz}; {@link #ready} completes once connected, exceptionally once refused.
 */
public final class Connector {
    private static final long FIRST_WAIT_MILLIS = 1000;
    private static final long MAX_WAIT_MILLIS = 60_000;

    /** One try; an exception is a try that failed and is made again. */
    public interface Attempt {
        Outcome connect() throws Exception;
    }

    /**
     * How a try ended: connected, with the line logged once the state says so; or refused for good,
     * with the state's reason and the error line (each naming the setting, never its value).
     */
    public record Outcome(boolean connected, String reason, String line) {
        public static Outcome connected(String line) {
            return new Outcome(true, "", line);
        }

        public static Outcome refused(String reason, String line) {
            return new Outcome(false, reason, line);
        }
    }

    private final String name;
    private final Logger log;
    private final Attempt attempt;
    /** How a failed try reads in the log line, such as "Web API not reachable (ConnectException)". */
    private final Function<Exception, String> failure;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile State state = State.STARTING;
    private volatile boolean stopping;
    private Thread starter;

    /** Logs as the channel's own logger, so its lines read as before. */
    public Connector(String name, Logger log, Attempt attempt, Function<Exception, String> failure) {
        this.name = name;
        this.log = log;
        this.attempt = attempt;
        this.failure = failure;
    }

    /** Starts trying in the background; returns at once. */
    public void start() {
        starter = new Thread(this::run, name + "-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** No more tries; one waiting is woken and ends. */
    public void stop() {
        stopping = true;
        if (starter != null) {
            starter.interrupt();
        }
    }

    public State state() {
        return state;
    }

    public CompletableFuture<Void> ready() {
        return ready;
    }

    private void run() {
        long wait = FIRST_WAIT_MILLIS;
        while (!stopping) {
            try {
                Outcome outcome = attempt.connect();
                if (outcome.connected()) {
                    state = State.CONNECTED;
                    ready.complete(null);
                    log.info(outcome.line());
                } else {
                    state = State.failed(outcome.reason());
                    log.error(outcome.line());
                    ready.completeExceptionally(new IllegalStateException(state.toString()));
                }
                return;
            } catch (Exception e) {
                log.warn("{}: {}; trying again in {} s", name, failure.apply(e), wait / 1000);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = Math.min(wait * 2, MAX_WAIT_MILLIS);
            }
        }
    }
}
