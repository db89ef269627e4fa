package be.duaalbot.channel.telegram;

import be.duaalbot.core.AnswerService;
import be.duaalbot.core.Conversations;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.SettingsLoader;
import be.duaalbot.data.DataLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test extension: before each test, the Telegram channel on the repository's data, long polling a
 * fresh fake Bot API on 127.0.0.1; after it, both stopped. Register with {@code @RegisterExtension}.
 */
final class TelegramTestBot implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    static final String TOKEN = "123456:TEST";

    FakeBotApi api;
    final DuaalBot bot = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
    TelegramChannel channel;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        api = new FakeBotApi(TOKEN);
        var settings = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url()));
        channel = new TelegramChannel(settings, new AnswerService(bot, new SimpleMeterRegistry(), be.duaalbot.core.MemoryBudget.ofHeap(), Conversations.defaults()));
        channel.start(null);
        channel.ready().get(15, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The cell of the data for a measure, row and year, written as the Dutch replies write it. */
    String cell(String measure, String member, String year) {
        int value = bot.data().tableWith(measure, member).orElseThrow().value(member, year).getAsInt();
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-BE")).format(value);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        channel.stop();
        api.close();
    }
}
