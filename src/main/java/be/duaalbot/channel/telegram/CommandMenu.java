package be.duaalbot.channel.telegram;

import be.duaalbot.data.Language;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The bot's command menu, registered with {@code setMyCommands}: Dutch by default, English for English users. */
final class CommandMenu {
    static final List<String> COMMANDS = List.of("duaal", "help", "bron", "sectoren", "provincies", "grafiek", "start");

    private final OkHttpTelegramClient client;
    private final TelegramReplies replies;

    CommandMenu(OkHttpTelegramClient client, TelegramReplies replies) {
        this.client = client;
        this.replies = replies;
    }

    void register() throws TelegramApiException {
        client.execute(SetMyCommands.builder().commands(commands(Language.NL)).build());
        client.execute(SetMyCommands.builder().commands(commands(Language.EN)).languageCode("en").build());
    }

    private List<BotCommand> commands(Language language) {
        return COMMANDS.stream().map(c -> new BotCommand(c, replies.description(c, language))).toList();
    }
}
