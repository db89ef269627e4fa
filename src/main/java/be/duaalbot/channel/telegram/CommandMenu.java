package be.duaalbot.channel.telegram;

import be.duaalbot.data.Language;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The command menus, registered with {@code setMyCommands} per scope (private chats, groups)
 * and language (Dutch by default, English for English users), from the commands' declarations.
 */
final class CommandMenu {
    private final OkHttpTelegramClient client;
    private final TelegramReplies replies;

    CommandMenu(OkHttpTelegramClient client, TelegramReplies replies) {
        this.client = client;
        this.replies = replies;
    }

    void register(List<TelegramCommand> commands) throws TelegramApiException {
        for (TelegramCommand.Menu menu : TelegramCommand.Menu.values()) {
            BotCommandScope scope = menu == TelegramCommand.Menu.PRIVATE ? new BotCommandScopeAllPrivateChats()
                    : new BotCommandScopeAllGroupChats();
            client.execute(SetMyCommands.builder().commands(menu(commands, menu, Language.NL)).scope(scope).build());
            client.execute(SetMyCommands.builder().commands(menu(commands, menu, Language.EN)).scope(scope)
                    .languageCode("en").build());
        }
    }

    private List<BotCommand> menu(List<TelegramCommand> commands, TelegramCommand.Menu menu, Language language) {
        return commands.stream().filter(c -> c.menus().contains(menu))
                .map(c -> new BotCommand(c.name(), replies.description(c.name(), language))).toList();
    }
}
