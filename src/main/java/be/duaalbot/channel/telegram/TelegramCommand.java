package be.duaalbot.channel.telegram;

import java.util.Set;

/**
 * One Telegram command, declared once: its name, the menus it is listed in (private chats,
 * groups) and what it does. Its menu text is {@code command.<name>} in each language.
 */
record TelegramCommand(String name, Set<Menu> menus, Handler handler) {

    /** The command menus Telegram shows, by scope. */
    enum Menu { PRIVATE, GROUP }

    /** Does the command: where it was given, and the text after it. */
    interface Handler {
        void handle(Place place, String argument);
    }
}
