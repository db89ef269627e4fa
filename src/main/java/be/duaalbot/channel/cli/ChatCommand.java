package be.duaalbot.channel.cli;

import be.duaalbot.core.Conversation;
import be.duaalbot.core.DuaalBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * An interactive conversation on the console: no tokens, no network. Follow-up questions use
 * the conversation; a line that fails is reported and the chat goes on; "stop", "exit" or
 * end of input ends it.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot on the console.")
final class ChatCommand implements Callable<Integer> {
    private static final Set<String> EXIT = Set.of("stop", "exit", "quit", "q", ":q");

    @Override
    public Integer call() throws IOException {
        DuaalBot bot = DuaalBot.fromEnvironment();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("duaalbot: stel een vraag over duaal leren (of 'stop'). Ask in Dutch or English.");
        Conversation conversation = new Conversation();
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || EXIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                return 0;
            }
            try {
                out.println(bot.answer(line, conversation).text());
            } catch (RuntimeException e) {
                out.println("duaalbot: that line failed (" + e.getClass().getSimpleName() + "); ask again.");
            }
            out.println();
        }
    }
}
