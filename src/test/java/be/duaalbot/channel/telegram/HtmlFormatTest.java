package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());

    @Test
    void questionsWithMarkupCharactersAreEscaped() {
        Answer a = BOT.answer("<b>horeca</b> & *bouw* 2022-2023");
        String html = String.join("\n", HtmlFormat.messages(a));
        assertFalse(html.contains("<b>"), html);
        String withoutOwnTags = html.replace("<i>", "").replace("</i>", "");
        assertFalse(withoutOwnTags.contains("<") || withoutOwnTags.contains(">"), html);
        assertFalse(withoutOwnTags.matches("(?s).*&(?!amp;|lt;|gt;).*"), "a bare ampersand: " + html);
    }

    @Test
    void longAnswersAreSplitOnLineBoundariesWithinTheLimit() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add("line " + i + " " + "x".repeat(40));
        }
        List<String> messages = HtmlFormat.split(lines);
        assertTrue(messages.size() > 1);
        messages.forEach(m -> assertTrue(m.length() <= HtmlFormat.MAX_MESSAGE, "too long: " + m.length()));
        assertEquals(String.join("\n", lines), String.join("\n", messages), "nothing lost, lines whole");
    }

    @Test
    void everyAnswerToTheCorpusFitsInMessages() {
        Answer a = BOT.answer("erkenningen per sector");
        HtmlFormat.messages(a).forEach(m -> assertTrue(m.length() <= HtmlFormat.MAX_MESSAGE));
    }
}
