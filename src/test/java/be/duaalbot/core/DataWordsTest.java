package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts that name measures, units, years and sources take them from the loaded data: a new
 * measure (the fictitious mentors, counted in mentors) and a new source with a newer year
 * (question 999) reword the welcome, help, the offer and the examples without a code change.
 */
class DataWordsTest {
    @TempDir
    Path temp;

    @Test
    void aNewMeasureAndSourceRewordTheTexts() throws IOException {
        Path dir = DataDirs.copy(Path.of("src/test/resources/fixtures/mentors"), DataDirs.copy(DataDirs.CONFIG, temp.resolve("data")));
        Files.copy(Path.of("src/test/resources/fixtures/sv999-overeenkomsten-per-sector.json"), dir.resolve("sv999.json"));
        DuaalBot bot = new DuaalBot(DataLoader.load(dir), Bots.CLOCK);
        String latest = bot.data().latestYear();
        var texts = bot.texts();
        String welcome = texts.text(Language.NL, "welcome", texts.yearSpan(Language.NL));
        for (String word : new String[] {"mentoren", "ondernemingen", "erkenningen", latest, "677", "999"}) {
            assertTrue(welcome.contains(word), () -> word + " not in: " + welcome);
        }
        String help = texts.text(Language.EN, "help");
        assertTrue(help.contains("/sectoren") && help.contains("/provincies"), help);
        // an example must be answerable: its year is one every table has
        java.util.List<String> common = new java.util.ArrayList<>(bot.data().schoolYears());
        bot.data().tables().forEach(t -> common.retainAll(t.schoolYears()));
        String example = texts.text(Language.EN, "example.1");
        assertTrue(example.contains(common.get(common.size() - 1)), example);
        assertTrue(texts.words(Language.NL, ChatTexts.get().text(Language.NL, "inline.title")).contains("999"));
        List<String> horeca = Bots.DATA.tableWith("agreements", "Horeca").orElseThrow().yearsOf("Horeca");
        String year = horeca.get(horeca.size() - 1);
        var suggestions = Bots.BOT.answer("horeca overeenkomsten " + year).suggestions();
        assertTrue(suggestions.contains("top 5 sectoren overeenkomsten " + year), suggestions::toString);
        var offer = bot.answer("hoeveel kmo's in Limburg"); // a name outside the data: what it has is offered
        assertTrue(offer.text().contains("mentoren") && offer.text().contains(latest), offer::text);
    }
}
