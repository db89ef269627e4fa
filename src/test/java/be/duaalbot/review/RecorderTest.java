package be.duaalbot.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder behind the answer service, on a real store: what it keeps (unknown words,
 * ask-backs and the names picked, not-understood questions, rephrasings), what it never keeps
 * (identifiers, small talk, answered questions), and how long.
 */
class RecorderTest {
    @TempDir
    Path temp;

    private static String latest(Reviewed r) {
        return be.duaalbot.YearsOfAllRows.latest(r.bot.data());
    }

    @Test
    void anUnknownWordIsRankedByDistinctConversationsWithItsExamples() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            String year = latest(r);
            for (int i = 0; i < 5; i++) {
                Answer a = r.service.converse("hoeveel erkenningen bij de kwispelaars " + (i % 2 == 0 ? "in " : "") + year, "chat-" + i, "http");
                assertEquals(Status.NO_DATA, a.status(), a::text);
            }
            r.service.converse("hoeveel erkenningen bij de kwispelaars in " + year, "chat-0", "http"); // the same conversation again
            r.service.converse("erkenningen zorbutaties " + year, "chat-9", "http");
            Review.Report report = r.report();
            Review.Word first = report.unknownWords().get(0);
            assertEquals("kwispelaars", first.word());
            assertEquals(5, first.conversations());
            assertEquals(6, first.asked());
            assertEquals(2, first.examples().size(), "distinct questions only: " + first.examples());
            assertTrue(first.examples().get(0).answered().contains("kwispelaars"), first.examples()::toString);
            assertEquals(1, report.unknownWords().get(1).conversations());
            assertEquals(7.0, r.counter("duaalbot.review.missed"));
        }
    }

    @Test
    void answersWithFiguresAndSmallTalkAreNotKept() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            r.service.converse("horeca overeenkomsten " + latest(r), "a", "telegram");
            r.service.converse("hallo", "a", "telegram");
            r.service.ask("dank je", "http");
            r.service.ask("horeca overeenkomsten " + latest(r), "http");
            assertEquals(0, r.report().kept());
        }
    }

    @Test
    void aPickedAskBackIsRecordedAndProposedAfterThreeConversations() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            String question = "erkenningen horekaa " + latest(r);
            for (int i = 0; i < 3; i++) {
                Answer back = r.service.converse(question, "chat-" + i, "telegram");
                assertFalse(back.suggestions().isEmpty(), back::text);
                if (i == 2) {
                    assertTrue(r.report().proposals().isEmpty(), "two conversations are not yet several");
                }
                Answer picked = r.service.converse(back.suggestions().get(0), "chat-" + i, "telegram"); // the button
                assertEquals(Status.ANSWERED, picked.status(), picked::text);
            }
            String name = r.service.converse(question, "other", "telegram").suggestions().isEmpty() ? "" : firstOffered(r);
            Review.Report report = r.report();
            Review.AskBack askBack = report.askBacks().get(0);
            assertEquals("horekaa", askBack.word());
            assertEquals(4, askBack.conversations());
            assertEquals(List.of(new Review.Choice(name, 3)), askBack.chosen());
            Review.Proposal p = report.proposals().get(0);
            assertEquals(List.of("horekaa", name, 3), List.of(p.word(), p.as(), p.conversations()));
            assertEquals("duaalbot teach horekaa --as " + name + " --language nl", p.command());
        }
    }

    private static String firstOffered(Reviewed r) throws Exception {
        r.recorder.flush();
        return Review.of(r.stateDir, java.time.LocalDate.of(2000, 1, 1), 3).askBacks().get(0).offered().get(0);
    }

    @Test
    void aNoDataAnswerRephrasedWithinAMinuteIsKept() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            r.service.converse("hoeveel erkenningen in leuven", "a", "slack");
            r.clock.advance(Duration.ofSeconds(30));
            r.service.converse("hoeveel erkenningen in de provincie vlaams-brabant", "a", "slack");
            r.service.converse("hoeveel erkenningen in leuven", "b", "slack");
            r.clock.advance(Duration.ofMinutes(2));
            r.service.converse("hoeveel erkenningen in de provincie vlaams-brabant", "b", "slack");
            Review.Report report = r.report();
            assertEquals(1, report.kept());
            assertEquals("hoeveel erkenningen in leuven", report.notUnderstood().get(0).examples().get(0).question());
        }
    }

    @Test
    void notUnderstoodQuestionsAreGroupedBySimilarity() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            for (String q : List.of("wat is de weersverwachting voor morgen", "wat is de weersverwachting voor zondag",
                    "wat is de weersverwachting", "wie wint de voetbalmatch")) {
                r.service.ask(q, "http");
            }
            List<Review.Group> groups = r.report().notUnderstood();
            assertEquals(List.of(3, 1), groups.stream().map(Review.Group::questions).toList());
        }
    }

    @Test
    void entriesOlderThanTheRetentionAreGoneTheNextDay() throws Exception {
        try (Reviewed r = new Reviewed(temp, 16)) {
            r.service.ask("hoeveel erkenningen bij de kwispelaars", "http");
            r.clock.advance(Duration.ofDays(29));
            r.service.ask("hoeveel erkenningen bij de zorbutaties", "http");
            assertEquals(2, r.report().kept());
            r.clock.advance(Duration.ofDays(2)); // the first is now 31 days old
            r.service.ask("hoeveel erkenningen bij de plimpers", "http");
            Review.Report report = r.report();
            assertEquals(2, report.kept());
            assertEquals(List.of("plimpers", "zorbutaties"), report.unknownWords().stream().map(Review.Word::word).sorted().toList());
        }
    }

    @Test
    void theFileHoldsNoIdentifierOfTheConversationsNorTheirText() throws Exception {
        String chat = "-1001234567890";
        try (Reviewed r = new Reviewed(temp, 16)) {
            r.service.converse("ik ben jan@example.org, bel 0475 12 34 56: erkenningen kwispelaars 2019-2020 2022-2023", chat, "telegram");
            r.report();
        }
        String file = new String(Files.readAllBytes(temp.resolve(MissStore.FILE)), StandardCharsets.ISO_8859_1);
        for (String id : List.of(chat, "1234567890", "telegram:", "jan@example.org", "example.org", "0475")) {
            assertFalse(file.contains(id), id);
        }
        assertTrue(file.contains("ik ben [e-mail], bel [nummer]: erkenningen kwispelaars 2019-2020 2022-2023"),
                "the question is kept, scrubbed; school years are no phone number");
    }
}
