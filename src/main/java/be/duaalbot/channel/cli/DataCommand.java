package be.duaalbot.channel.cli;

import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataImport;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.ImportRequest;
import be.duaalbot.data.MappedLabels;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code data import} and {@code data check}: new figures are a data change, made and checked here. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Import figures into a data directory, or check one.",
        subcommands = {DataCommand.Import.class, DataCommand.Check.class})
final class DataCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One CSV into a data directory as a validated table file and its source; a refusal changes nothing. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a CSV (first column: labels; other columns: school years) as a table of DIR.")
    static final class Import implements Callable<Integer> {
        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE.csv", description = "comma- or semicolon-separated, UTF-8 with or without BOM")
        Path csv;
        @Option(names = "--into", required = true, paramLabel = "DIR", description = "the data directory")
        Path dir;
        @Option(names = "--measure", required = true, description = "a measure of dimensions.json, e.g. agreements")
        String measure;
        @Option(names = "--breakdown", required = true, description = "a breakdown of dimensions.json, e.g. sector")
        String breakdown;
        @Option(names = "--source", required = true, paramLabel = "CITATION", description = "how the figures are cited")
        String source;
        @Option(names = "--source-date", paramLabel = "YYYY-MM-DD", description = "the source's date: a newer source wins a cell both give")
        String sourceDate;
        @Option(names = "--new-members", description = "accept labels that are no member yet (they get lexicon entries to fill in)")
        boolean newMembers;
        @Option(names = "--accept-mapped", description = "accept labels read through the lexicon (e.g. 'Bakkerijen' as Voedingsindustrie); "
                + "without it they are listed and nothing is written, unless you answer yes at the prompt")
        boolean acceptMapped;

        @Override
        public Integer call() {
            if (sourceDate != null && !DATE.matcher(sourceDate).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--source-date: '" + sourceDate + "' is not YYYY-MM-DD");
            }
            var limits = SettingsLoader.fromEnvironment().importLimits();
            ImportRequest request = new ImportRequest(csv, dir, measure, breakdown, source.strip().replaceAll("\\.+$", ""), sourceDate,
                    newMembers, acceptMapped);
            DataImport.Imported done;
            try {
                done = DataImport.importFile(request, limits);
            } catch (MappedLabels e) {
                if (!confirmed(e)) {
                    throw e;
                }
                done = DataImport.importFile(request.accepted(), limits);
            }
            // every label that was not an exact member name, and what it became
            done.mappings().forEach(m -> spec.commandLine().getOut().println("mapped " + m));
            done.files().forEach(f -> spec.commandLine().getOut().println("wrote " + dir.resolve(f)));
            return 0;
        }

        /** At a terminal, the mappings are shown and a yes accepts them; elsewhere (a script, CI) there is no yes. */
        private boolean confirmed(MappedLabels e) {
            java.io.Console console = System.console();
            if (console == null) {
                return false;
            }
            java.io.PrintWriter out = spec.commandLine().getOut();
            out.println("These labels are no member's name; read through the lexicon they become:");
            e.mappings().forEach(m -> out.println("  " + m));
            out.flush();
            String answer = console.readLine("Import them so? [y/N] ");
            return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes|j|ja");
        }
    }

    /** Loads a directory as serve would: exit 0, or 1 with one line per problem naming the file and the place. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a data directory.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() {
            var problems = be.duaalbot.data.DataCheck.problems(dir);
            if (!problems.isEmpty()) {
                problems.forEach(spec.commandLine().getErr()::println);
                return 1;
            }
            Dataset data = DataLoader.load(dir);
            spec.commandLine().getOut().println(dir + ": " + data.tables().size() + " tables, school years "
                    + String.join(", ", data.schoolYears()) + ", " + data.sources().size() + " sources");
            return 0;
        }
    }
}
