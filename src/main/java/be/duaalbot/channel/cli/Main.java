package be.duaalbot.channel.cli;

import be.duaalbot.data.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code ask}, {@code chat} (the default), {@code serve}, {@code healthcheck} and {@code data}.
 * A bad command or option prints usage and exits 2; data that cannot be loaded exits 1
 * with one line naming the file and the problem.
 */
@Command(name = "duaalbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Answers questions about companies in duaal leren (dual learning) in Flanders.",
        subcommands = {AskCommand.class, ChatCommand.class, ServeCommand.class, HealthcheckCommand.class, DataCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof DataException || e instanceof be.duaalbot.core.SettingsException) {
                line.getErr().println("duaalbot: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        if (args.length == 0) {
            return cli.execute("chat");
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
