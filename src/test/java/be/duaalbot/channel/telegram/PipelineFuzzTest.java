package be.duaalbot.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.answer.Figure;
import be.duaalbot.core.Conversation;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the whole question pipeline, on any text up to 10,000 characters: all of
 * Unicode (lone surrogates included), right-to-left scripts, emoji, combining marks, control
 * characters, and real questions with such noise mixed in. The bot never throws, answers within
 * a generous bound, every Telegram message of a reply fits, and every figure is a cell of the data.
 * CI runs 300 tries a property; a longer run: {@code mvn test -Dtest=PipelineFuzzTest -Djqwik.tries.default=20000}.
 */
class PipelineFuzzTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final DuaalBot BOT = new DuaalBot(DATA, Clock.systemUTC());
    private static final List<String> QUESTIONS = List.of("horeca agreements 2022-2023", "top 5 sectoren erkenningen",
            "groei bouw 2019-2020 tot 2022-2023", "aandeel horeca in de overeenkomsten 2022-2023", "en in 2021-2022?",
            "welk percentage van de erkende ondernemingen in Limburg had een overeenkomst", "waarom?",
            "erkenningen per sector", "vergelijk Limburg en Antwerpen", "Hoe lang is een erkenning geldig?");
    private final Conversation conversation = new Conversation();

    @Property
    void anyUnicodeText(@ForAll("anyText") String question) {
        check(question);
    }

    @Property
    void scriptsEmojiMarksAndControls(@ForAll("awkwardText") String question) {
        check(question);
    }

    @Property
    void realQuestionsWithNoise(@ForAll("noisyQuestions") String question) {
        check(question);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(10_000);
    }

    @Provide
    Arbitrary<String> awkwardText() {
        return Arbitraries.strings().withCharRange('\u0590', '\u08FF').withCharRange('\u0300', '\u036F')
                .withCharRange('\u0000', '\u001F').withCharRange('\u200B', '\u202E').withCharRange('\uD800', '\uDFFF')
                .withChars("\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 -/'2023<&*>".toCharArray()).ofMaxLength(2_000);
    }

    @Provide
    Arbitrary<String> noisyQuestions() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(20);
        return Combinators.combine(Arbitraries.of(QUESTIONS), noise, Arbitraries.integers().between(0, 60))
                .as((q, n, at) -> q.substring(0, Math.min(at, q.length())) + n + q.substring(Math.min(at, q.length())));
    }

    private void check(String question) {
        Answer answer = assertTimeout(Duration.ofSeconds(2), () -> BOT.answer(question, conversation));
        assertFalse(answer.text().isEmpty(), "an empty reply");
        for (Figure f : answer.figures()) {
            var cell = DATA.tableWith(f.measure(), f.member()).map(t -> t.value(f.member(), f.schoolYear()));
            assertTrue(cell.isPresent() && cell.get().isPresent() && cell.get().getAsInt() == f.value(), "not a cell: " + f);
        }
        List<String> messages = HtmlFormat.messages(answer);
        assertFalse(messages.isEmpty());
        messages.forEach(m -> assertTrue(m.length() <= HtmlFormat.MAX_MESSAGE, "a message of " + m.length()));
        AnswerJson.line(answer);
    }
}
