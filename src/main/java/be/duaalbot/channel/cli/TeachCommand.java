package be.duaalbot.channel.cli;

import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.Language;
import be.duaalbot.review.Teacher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teach WORD --as NAME} (or {@code --filler}, or {@code --undo}): a word the bot did not
 * know, into the local lexicon overlay of the data directory ({@link Teacher}). A refusal names
 * what was wrong and exits 1, changing nothing.
 */
@Command(name = "teach", mixinStandardHelpOptions = true,
        description = "Teach the bot a word: as a member, measure, breakdown or group (--as NAME), or as a filler it may read past.")
final class TeachCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "WORD", description = "The word as users write it, e.g. eetcafes.")
    String word;
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;
    @Option(names = "--language", paramLabel = "nl|en", defaultValue = "nl", description = "The language the word is of (default nl).")
    String language;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data directory (default: DUAALBOT_DATA_DIR).")
    Path dataDir;

    /** One of: what the word means, that it means nothing, or taking it back. */
    static final class What {
        @Option(names = "--as", paramLabel = "NAME", description = "A member (Horeca, Limburg: a place as its province), a measure, a breakdown or a group.")
        String name;
        @Option(names = "--filler", description = "A word to read past, as 'eigenlijk'.")
        boolean filler;
        @Option(names = "--undo", description = "Take the word out of the overlay again.")
        boolean undo;
    }

    @Override
    public Integer call() {
        if (!language.equals("nl") && !language.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--language: '" + language + "' is not nl or en");
        }
        Language lang = Language.fromCode(language);
        Path dir = dataDir != null ? dataDir : SettingsLoader.fromEnvironment().dataDir();
        try {
            String done = what.undo ? Teacher.undo(dir, word, lang) : Teacher.teach(dir, word, what.filler ? null : what.name, lang);
            spec.commandLine().getOut().println(done);
            spec.commandLine().getOut().println("a running service reloads its data directory by itself (or at once on SIGHUP)");
            return 0;
        } catch (Teacher.Refused e) {
            spec.commandLine().getErr().println("duaalbot teach: " + e.getMessage());
            return 1;
        }
    }
}
