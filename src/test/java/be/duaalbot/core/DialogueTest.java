package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Follow-up questions in one conversation, from the golden dialogue files. */
class DialogueTest {

    @Test
    void goldenDialoguesHold() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dialogues/follow-ups.txt"), StandardCharsets.UTF_8);
        Conversation conversation = new Conversation();
        Answer answer = null;
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                conversation = new Conversation();
            } else if (line.startsWith("> ")) {
                answer = Bots.BOT.answer(line.substring(2), conversation);
            } else {
                check(answer, line);
                checked++;
            }
        }
        assertTrue(checked > 10, "the dialogue file was read");
    }

    private static void check(Answer a, String fact) {
        if (fact.startsWith("= ")) {
            String[] f = fact.substring(2).split("\\s*\\|\\s*");
            int value = Bots.cell(f[0], f[1], f[2]).getAsInt();
            assertTrue(a.figures().stream().anyMatch(x -> x.measure().equals(f[0]) && x.member().equals(f[1])
                    && x.schoolYear().equals(f[2]) && x.value() == value), () -> fact + " not in: " + a.text());
        } else if (fact.startsWith("~ ")) {
            assertTrue(a.text().contains(fact.substring(2)), () -> fact + " not in: " + a.text());
        } else if (fact.startsWith("status ")) {
            assertEquals(fact.substring(7), a.status().code(), a::text);
        }
    }

    @Test
    void aQuestionWithoutContextIsNotAFollowUp() {
        Answer a = Bots.BOT.answer("en in 2021-2022?");
        assertFalse(a.figures().isEmpty(), () -> "read on its own, it asks the total of that year: " + a.text());
        assertTrue(a.figures().stream().allMatch(f -> Bots.DATA.isTotal(f.member()) && f.schoolYear().equals("2021-2022")), a::text);
    }

    @Test
    void conversationsAreKeptPerChatAndBounded() {
        Conversations chats = new Conversations(2, Duration.ofMinutes(30));
        Bots.BOT.answer("horeca agreements 2022-2023", chats.of("a"));
        Answer other = Bots.BOT.answer("en in 2021-2022?", chats.of("b"));
        Answer same = Bots.BOT.answer("en in 2021-2022?", chats.of("a"));
        assertTrue(other.figures().stream().noneMatch(f -> f.member().equals("Horeca")), other::text);
        assertTrue(same.figures().stream().anyMatch(f -> f.member().equals("Horeca")), same::text);
        for (int i = 0; i < 50; i++) {
            chats.of("chat " + i);
        }
        assertTrue(chats.size() <= 2, "bounded: " + chats.size());
    }

    @Test
    void lastYearIsCountedFromTodayAndSaysSo() {
        Answer a = Bots.BOT.answer("hoeveel erkenningen in Limburg vorig jaar?");
        assertEquals("no_data", a.status().code(), a::text);
        assertTrue(a.text().toLowerCase(Locale.ROOT).contains("2025-2026"), a::text);
        List<String> has = Bots.DATA.tableWith("recognitions", "Provincie Limburg").orElseThrow().yearsOf("Provincie Limburg");
        assertTrue(a.text().contains(has.get(has.size() - 1)), () -> "the years it does have: " + a.text());
    }
}
