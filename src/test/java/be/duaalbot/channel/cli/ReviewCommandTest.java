package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataDirs;
import be.duaalbot.data.TaughtWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review} and {@code teach} on the command line: exit codes, refusals by name, and no store made by reading. */
class ReviewCommandTest {
    @TempDir
    Path temp;

    @Test
    void reviewWithoutAStoreSaysSoAndMakesNone() throws Exception {
        Path state = temp.resolve("state");
        MainTest.Run r = MainTest.run(null, "review", "--json", "--since", "2w", "--state-dir", state.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(0, report.get("kept").asInt());
        assertEquals(0, report.get("unknownWords").size());
        assertFalse(Files.exists(state), "review made a store");
        MainTest.Run text = MainTest.run(null, "review", "--state-dir", state.toString());
        assertTrue(text.out().startsWith("0 missed questions kept since "), text.out());
        assertEquals(0, MainTest.run(null, "review", "--clear", "--state-dir", state.toString()).code());
        assertFalse(Files.exists(state));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, MainTest.run(null, "review", "--since", "seven days").code());
        assertEquals(2, MainTest.run(null, "teach", "eetcafes").code(), "neither --as, --filler nor --undo");
        assertEquals(2, MainTest.run(null, "teach", "eetcafes", "--as", "horeca", "--filler").code());
        assertEquals(2, MainTest.run(null, "teach", "eetcafes", "--as", "horeca", "--language", "fr").code());
    }

    @Test
    void teachRefusesByNameAndChangesNothing() throws Exception {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        MainTest.Run r = MainTest.run(null, "teach", "eetcafes", "--as", "kwispelarij", "--data-dir", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("duaalbot teach: 'kwispelarij' names nothing in the data"), r.err());
        assertFalse(Files.exists(dir.resolve(TaughtWords.FILE)));
        MainTest.Run undo = MainTest.run(null, "teach", "eetcafes", "--undo", "--data-dir", dir.toString());
        assertEquals(1, undo.code());
        assertTrue(undo.err().contains("is not taught"), undo.err());
        MainTest.Run ok = MainTest.run(null, "teach", "eetcafes", "--as", "horeca", "--data-dir", dir.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(0, MainTest.run(null, "data", "check", dir.toString()).code());
    }
}
