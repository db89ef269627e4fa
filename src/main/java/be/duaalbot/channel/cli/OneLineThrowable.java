package be.duaalbot.channel.cli;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.Locale;
import java.util.Set;

/**
 * The exception of a log event in the text log: at the log levels an admin runs with, on the
 * event's own line (each exception's class and message, causes after), so that a library's error
 * is one line with a time like any other; at DEBUG and TRACE the whole stack trace, as logback
 * prints it. The option is the log level ({@code %oneLineEx{${DUAALBOT_LOG_LEVEL:-WARN}}}).
 */
public final class OneLineThrowable extends ThrowableHandlingConverter {
    private static final Set<String> WHOLE = Set.of("DEBUG", "TRACE", "ALL");
    /** Causes are followed this deep at most: a cycle of causes must not loop. */
    private static final int CAUSES = 8;

    private final ThrowableProxyConverter whole = new ThrowableProxyConverter();
    private boolean stackTraces;

    @Override
    public void start() {
        String level = getFirstOption();
        stackTraces = level != null && WHOLE.contains(level.strip().toUpperCase(Locale.ROOT));
        whole.setContext(getContext());
        whole.start();
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        if (stackTraces) {
            return whole.convert(event);
        }
        StringBuilder line = new StringBuilder(" [");
        IThrowableProxy t = thrown;
        for (int depth = 0; t != null && depth < CAUSES; depth++, t = t.getCause()) {
            line.append(depth == 0 ? "" : "; caused by ").append(t.getClassName());
            if (t.getMessage() != null) {
                line.append(": ").append(t.getMessage());
            }
        }
        // a message with line breaks (or terminal escapes) must not start a line of its own
        return line.append(']').toString().replaceAll("[\\r\\n\\u001b]+", " ");
    }
}
