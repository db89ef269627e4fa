package be.duaalbot.channel.cli;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.DuaalBot;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask "QUESTION"} prints the reply; {@code ask --json "QUESTION"} prints it as one JSON
 * object; {@code ask --json} with no question answers standard input, one question a line and
 * one JSON line each, every line a conversation of its own. {@code ask --csv "QUESTION"} prints
 * the answer's figures as CSV for a spreadsheet (semicolons, UTF-8 with its byte order mark).
 */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question, or each line of standard input.")
final class AskCommand implements Callable<Integer> {
    private static final int BATCH = 512;
    /** A batch is also cut at this many characters, so that very long lines cannot fill the heap. */
    private static final long MAX_BATCH_CHARS = 4_000_000;

    @Option(names = "--json", description = "Print answers as JSON, one object per line.")
    boolean json;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also write the answer's chart as PNG (one question only).")
    java.nio.file.Path chart;

    @Option(names = "--csv", description = "Print the answer's figures as CSV (semicolons, UTF-8 with BOM; one question only).")
    boolean csv;

    @Option(names = "--short", description = "The one-screen form a chat shows first (summary, caveats, source).")
    boolean brief;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; with none, questions are read from standard input.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        DuaalBot bot = DuaalBot.fromEnvironment();
        oneScreen = new be.duaalbot.core.OneScreen(bot);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        if (words != null && !words.isEmpty()) {
            Answer answer = bot.answer(String.join(" ", words));
            if (csv) {
                return printCsv(bot, answer, out);
            }
            print(answer, out);
            out.flush();
            return chart == null ? 0 : writeChart(answer);
        }
        if (chart != null || csv) {
            System.err.println("duaalbot: " + (csv ? "--csv" : "--chart") + " needs a question");
            return 2;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> batch = new java.util.ArrayList<>(BATCH);
        long chars = 0;
        for (String line = readLine(in); line != null; line = readLine(in)) {
            batch.add(line);
            chars += line.length();
            if (batch.size() == BATCH || chars > MAX_BATCH_CHARS) {
                answerAll(bot, batch, out);
                chars = 0;
            }
        }
        answerAll(bot, batch, out);
        out.flush();
        return 0;
    }

    /**
     * A line ends at '\n' only (a '\r' before it is dropped): a stray carriage return or form
     * feed inside a line must not make two questions of one. Null at the end of the input.
     */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            line.append((char) c);
            c = in.read();
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /**
     * Answers a batch of lines on every core (the bot is stateless and each line is a conversation
     * of its own) and prints the answers in the order of the lines.
     */
    private void answerAll(DuaalBot bot, List<String> batch, PrintWriter out) {
        List<String> printed = batch.parallelStream().map(q -> render(bot.answer(q), false)).toList();
        printed.forEach(out::println);
        batch.clear();
    }

    private int writeChart(Answer answer) throws IOException {
        if (answer.chart().isEmpty()) {
            System.err.println("duaalbot: this answer has no chart (a single figure, or no figures)");
            return 1;
        }
        java.nio.file.Files.write(chart, new ChartRenderer().png(answer.chart().get(), answer.language().locale()));
        return 0;
    }

    /** The CSV, or the answer itself on standard error and status 1 when it has no figures to export. */
    private static int printCsv(DuaalBot bot, Answer answer, PrintWriter out) {
        if (answer.figures().isEmpty()) {
            System.err.println(answer.text());
            System.err.println("duaalbot: this answer has no figures to export as CSV");
            return 1;
        }
        out.print(bot.texts().csv(answer));
        out.flush();
        return 0;
    }

    private void print(Answer answer, PrintWriter out) {
        out.println(render(answer, true));
    }

    private be.duaalbot.core.OneScreen oneScreen;

    private String render(Answer full, boolean single) {
        Answer answer = brief ? oneScreen.reply(full).shown() : full;
        return json ? AnswerJson.line(answer) : answer.text() + (single ? "" : "\n");
    }
}
