package be.duaalbot.channel.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.WhyCases;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 in Slack, through Bolt in HTTP mode against the fake Web API: in a DM a look-up
 * carries its why line and a "Waarom?" button whose press gives the passage with its attribution,
 * not the figures again; a single figure's other caveats sit behind "Bronnen"; a question of
 * figures and why is answered in both parts; "waarom?" where the minister gives no reason says so.
 */
class SlackWhyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DuaalBot BOT = new DuaalBot(DataLoader.load(Path.of("config/data")), Clock.systemUTC());
    private SlackServer server;
    private int events;

    @BeforeEach
    void start() throws Exception {
        server = new SlackServer("xoxb-test-token", "8f742231b10e8888abcd99yyyzzz85a5", Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLookUpThenItsWhyButtonGivesThePassageNotTheFiguresAgain() throws Exception {
        WhyCases.LookUp lookUp = WhyCases.explained(BOT);
        FakeSlackApi.Call answer = ask(lookUp.question());
        String text = answer.body().get("text").asText();
        assertTrue(text.contains(lookUp.figure()) && text.contains(SlackText.escape(lookUp.why())), text);
        assertNotNull(button(answer, ChatTexts.get().text(Language.NL, "button.sources")), "the caveats behind a button");
        JsonNode why = button(answer, WhyCases.why(BOT, Language.NL));
        assertNotNull(why, "no why button: " + answer.body());
        assertEquals(200, server.press(why.get("action_id").asText(), why.get("value").asText(), "D1", "1700000002.000100", null));
        FakeSlackApi.Call passage = server.slack.nextPost(10);
        assertNotNull(passage, "no answer to the why button");
        String said = passage.body().get("text").asText();
        assertTrue(said.contains(SlackText.escape(lookUp.why())), said);
        assertFalse(said.contains(lookUp.figure()), "the figures again: " + said);
    }

    @Test
    void aQuestionOfFiguresAndWhyIsAnsweredInBothParts() throws Exception {
        String q = WhyCases.compound(BOT);
        Answer full = BOT.answer(q);
        String said = ask(q).body().get("text").asText();
        String figures = SlackText.escape(full.body().get(0));
        String why = SlackText.escape(full.why().get(0)).substring(0, 40);
        assertTrue(said.contains(figures) && said.contains(why), said);
        assertTrue(said.indexOf(figures) < said.indexOf(why), said);
    }

    @Test
    void aWhyWhereTheMinisterGivesNoReasonSaysSo() throws Exception {
        ask(WhyCases.unexplained(BOT).question());
        String said = ask("waarom?").body().get("text").asText();
        assertTrue(said.contains(SlackText.escape(WhyCases.none(BOT, Language.NL))), said);
    }

    /** A DM to the bot, and the bot's message that answers it. */
    private FakeSlackApi.Call ask(String text) throws Exception {
        assertEquals(200, server.event(SlackHttpModeTest.dm("EvWhy" + ++events, text)));
        FakeSlackApi.Call posted = server.slack.nextPost(10);
        assertNotNull(posted, "no answer to " + text);
        return posted;
    }

    /** The button of a posted message with this label. */
    private static JsonNode button(FakeSlackApi.Call call, String label) throws Exception {
        for (JsonNode block : JSON.readTree(call.body().get("blocks").asText())) {
            for (JsonNode element : block.path("elements")) {
                if (label.equals(element.path("text").path("text").asText())) {
                    return element;
                }
            }
        }
        return null;
    }
}
