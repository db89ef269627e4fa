package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables of one measure and breakdown from several sources (the repository's data plus the
 * fictitious question 999, which revises two 2022-2023 cells and adds 2023-2024): one table
 * whose cells each know their source, the newer source winning a cell both give.
 */
class SeveralSourcesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/sv999-overeenkomsten-per-sector.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path withFixture() throws IOException {
        Path dir = DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
        Files.copy(FIXTURE, dir.resolve(FIXTURE.getFileName()));
        return dir;
    }

    @Test
    void eachCellKeepsItsSourceAndTheNewerWins() throws IOException {
        Dataset before = DataLoader.load(DataDirs.CONFIG);
        Dataset after = DataLoader.load(withFixture());
        Table old = before.table("agreements", "sector").orElseThrow();
        Table merged = after.table("agreements", "sector").orElseThrow();
        var fixture = JSON.readTree(FIXTURE.toFile()).get("tables").get(0);
        assertEquals(before.tables().size(), after.tables().size(), "merged into one table per measure and breakdown");
        for (var row : fixture.get("rows")) {
            String label = row.get("label").asText();
            for (int i = 0; i < fixture.get("schoolYears").size(); i++) {
                String year = fixture.get("schoolYears").get(i).asText();
                assertEquals(row.get("values").get(i).asInt(), merged.value(label, year).getAsInt(), label + " " + year);
                assertEquals("sv999", merged.origin(label, year).source(), label + " " + year);
                int was = old.value(label, year).orElse(-1);
                boolean revised = was >= 0 && was != row.get("values").get(i).asInt();
                int earlier = old.revisions(label, year).size(); // the data may have revised the cell already
                assertEquals(earlier + (revised ? 1 : 0), merged.revisions(label, year).size(), label + " " + year);
                if (revised) {
                    var last = merged.revisions(label, year).get(earlier);
                    assertEquals(was, last.value());
                    assertEquals(old.origin(label, year).source(), last.table().source());
                }
            }
        }
        for (String year : old.schoolYears()) {
            if (!fixture.get("schoolYears").toString().contains(year)) {
                assertEquals(old.origin("Horeca", year).source(), merged.origin("Horeca", year).source(), year);
                assertEquals(old.value("Horeca", year), merged.value("Horeca", year));
            }
        }
        java.util.Set<String> years = new java.util.TreeSet<>(old.schoolYears());
        fixture.get("schoolYears").forEach(y -> years.add(y.asText()));
        assertEquals(List.copyOf(years), merged.schoolYears(), "the years of both sources, in order");
    }

    @Test
    void theSameSourceGivingACellTwiceIsRefused() throws IOException {
        Path dir = withFixture();
        ObjectNode doc = (ObjectNode) JSON.readTree(FIXTURE.toFile());
        doc.remove("sources");
        ((ObjectNode) doc.get("tables").get(0)).put("id", "sv999-again");
        Path again = dir.resolve("sv999-again.json");
        JSON.writeValue(again.toFile(), doc);
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertTrue(e.getMessage().contains("sv999-again") && e.getMessage().contains("same source"), e.getMessage());
    }
}
