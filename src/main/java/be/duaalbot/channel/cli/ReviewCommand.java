package be.duaalbot.channel.cli;

import be.duaalbot.core.Settings;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.review.ReportText;
import be.duaalbot.review.Review;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code review}: the questions {@code serve} missed, from the store in the state directory
 * (see {@link Review}); {@code --clear} empties the store. Reads only: with no store it says so
 * and makes none.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Show the questions the service missed: unknown words, not-understood questions, ask-backs, words to teach.")
final class ReviewCommand implements Callable<Integer> {
    private static final Pattern SINCE = Pattern.compile("(\\d{1,4})([dw])");

    @Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--json", description = "Print the review as one JSON object.")
    boolean json;
    @Option(names = "--since", paramLabel = "7d", description = "Only what was kept in the last N days (Nd) or weeks (Nw); default: all kept.")
    String since;
    @Option(names = "--propose-after", paramLabel = "N", defaultValue = "3",
            description = "Propose a word for teaching when N conversations picked the same name for it (default 3).")
    int proposeAfter;
    @Option(names = "--state-dir", paramLabel = "DIR", description = "The state directory (default: DUAALBOT_STATE_DIR).")
    Path stateDir;
    @Option(names = "--clear", description = "Delete every kept question (the file stays, empty).")
    boolean clear;

    @Override
    public Integer call() throws Exception {
        Settings.Review settings = SettingsLoader.fromEnvironment().review();
        Path dir = stateDir != null ? stateDir : settings.stateDir();
        if (clear) {
            spec.commandLine().getOut().println(Review.clear(dir) + " missed questions deleted from " + dir);
            return 0;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Review.Report report = Review.of(dir, since == null ? today.minusDays(settings.days()) : since(today), proposeAfter);
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(report));
        } else {
            ReportText.lines(report).forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }

    private LocalDate since(LocalDate today) {
        Matcher m = SINCE.matcher(since.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since: '" + since + "' is not a number of days (7d) or weeks (2w)");
        }
        int n = Integer.parseInt(m.group(1));
        return today.minusDays(m.group(2).equals("w") ? 7L * n : n);
    }
}
