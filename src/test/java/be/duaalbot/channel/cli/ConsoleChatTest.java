package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.OneScreen;
import be.duaalbot.core.WhyCases;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 on the console: the one-screen form with "meer" and "bronnen" typed, a look-up then
 * "waarom?" giving the passage and not the figures, a question of figures and why answered in both
 * parts, an honest "no reason", an ask-back that takes "1", "ja" or the corrected word, and
 * /sectoren listing names, not tables.
 */
class ConsoleChatTest {
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());

    @Test
    void aLookUpThenWhyGivesThePassageWithItsAttributionNotTheFiguresAgain() {
        WhyCases.LookUp lookUp = WhyCases.explained(BOT);
        ConsoleChat chat = new ConsoleChat(BOT);
        String first = chat.reply(lookUp.question());
        assertTrue(first.contains(lookUp.figure()) && first.contains(lookUp.why()), first);
        assertTrue(first.contains(hint("console.hint.why")), "the console says to type waarom: " + first);
        String why = chat.reply("waarom?");
        assertTrue(why.contains(lookUp.why()), why);
        assertFalse(why.contains(lookUp.figure()), "the figures again: " + why);
    }

    @Test
    void whereTheMinisterGivesNoReasonTheConsoleSaysSo() {
        ConsoleChat chat = new ConsoleChat(BOT);
        chat.reply(WhyCases.unexplained(BOT).question());
        String why = chat.reply("hoe komt dat?");
        assertTrue(why.contains(WhyCases.none(BOT, Language.NL)), why);
    }

    @Test
    void aQuestionOfFiguresAndWhyIsAnsweredInBothParts() {
        String q = WhyCases.compound(BOT);
        Answer full = BOT.answer(q);
        String reply = new ConsoleChat(BOT).reply(q);
        assertTrue(reply.contains(full.body().get(0)), reply);
        assertTrue(reply.indexOf(full.body().get(0)) < reply.indexOf(full.why().get(0).substring(0, 40)), reply);
    }

    @Test
    void aBroadAnswerFitsOneScreenAndMoreGivesTheWholeTable() {
        ConsoleChat chat = new ConsoleChat(BOT);
        String q = "erkenningen en overeenkomsten per sector";
        String shown = chat.reply(q);
        String answer = shown.substring(0, shown.lastIndexOf('\n')); // the last line says what to type
        assertTrue(answer.length() <= OneScreen.MAX_CHARS && answer.lines().count() <= OneScreen.MAX_LINES, shown);
        assertTrue(shown.contains(hint("console.hint.more")), shown);
        assertEquals(BOT.answer(q).text(), chat.reply("meer"));
    }

    @Test
    void aSingleFigureShowsOneCaveatAndSourcesGivesThemAll() {
        ConsoleChat chat = new ConsoleChat(BOT);
        // the newest year whose Horeca cell carries several caveats (a year a new source brings may carry one)
        String q = newestFirst(BOT.data().schoolYears()).map(year -> "horeca overeenkomsten " + year)
                .filter(question -> BOT.answer(question).figures().size() == 1 && BOT.answer(question).footnotes().size() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("no Horeca cell with several caveats in the data"));
        Answer full = BOT.answer(q);
        String shown = chat.reply(q);
        assertEquals(1, full.footnotes().stream().filter(n -> shown.contains(n.substring(0, 20))).count(), shown);
        String sources = chat.reply("bronnen");
        assertTrue(full.footnotes().stream().allMatch(sources::contains) && sources.contains(full.source()), sources);
    }

    @Test
    void anAskBackListsNumberedChoicesAndTakesTheNumberYesOrTheCorrectedWord() {
        String typo = "confectieatelirs ovk " + BOT.data().latestYear();
        Answer asked = BOT.answer(typo);
        String meant = asked.suggestions().get(0);
        String word = BOT.data().allMembers().stream().filter(meant::contains).findFirst().orElseThrow();
        String figure = BOT.answer(meant).body().get(0);
        for (String reply : new String[] {"1", "ja", word}) {
            ConsoleChat chat = new ConsoleChat(BOT);
            String shown = chat.reply(typo);
            assertTrue(shown.contains("1. " + meant), shown);
            String picked = chat.reply(reply);
            assertTrue(picked.contains(figure), reply + ": " + picked);
        }
    }

    @Test
    void sectorsAndProvincesListNamesNotTables() {
        var data = BOT.data();
        for (var b : data.breakdowns().values()) {
            String reply = new ConsoleChat(BOT).reply("/" + b.command());
            data.membersOf(b.id()).stream().filter(m -> !data.isTotal(m)).forEach(m -> assertTrue(reply.contains(m), m + " not in " + reply));
            assertTrue(data.allMembers().stream().noneMatch(m -> data.isTotal(m) && reply.contains(m)), reply);
            assertFalse(reply.matches("(?s).*\\d{2,}.*"), "figures in a list of names: " + reply);
            assertFalse(reply.matches("(?s).*\\{[a-zA-Z0-9]+}.*"), "a placeholder left unfilled: " + reply);
            assertTrue(reply.contains(b.plural().in(Language.NL)), "the breakdown's name: " + reply);
            assertTrue(reply.length() <= OneScreen.MAX_CHARS && reply.lines().count() <= OneScreen.MAX_LINES, reply);
            // in English, each name with its gloss from the data ("Bouw (construction)"), still on one screen
            String english = new ConsoleChat(BOT).reply("/" + b.plural().in(Language.EN).toLowerCase(java.util.Locale.ROOT));
            data.membersOf(b.id()).stream().filter(m -> !data.isTotal(m)).map(m -> data.glosses().label(m, Language.EN))
                    .forEach(m -> assertTrue(english.contains(m), m + " not in " + english));
            assertTrue(english.length() <= OneScreen.MAX_CHARS && english.lines().count() <= OneScreen.MAX_LINES, english);
        }
    }

    private static String hint(String key) {
        return ChatTexts.get().text(Language.NL, key);
    }

    private static java.util.stream.Stream<String> newestFirst(java.util.List<String> years) {
        return java.util.stream.IntStream.range(0, years.size()).mapToObj(i -> years.get(years.size() - 1 - i));
    }
}
