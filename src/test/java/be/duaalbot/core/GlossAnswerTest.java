package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.AnswerJson;
import be.duaalbot.answer.Figure;
import be.duaalbot.answer.Status;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.DataDirs;
import be.duaalbot.data.Language;
import be.duaalbot.data.Row;
import be.duaalbot.data.Table;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English readers get English names: the official Dutch label, with the gloss the data gives it
 * ("Bouw (construction)"), in English answers, charts and CSV; Dutch answers, and the member of
 * every figure in JSON, keep the official label alone.
 */
class GlossAnswerTest {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    @TempDir
    Path temp;

    @Test
    void anEnglishLookUpNamesTheMemberWithItsGlossAndADutchOneDoesNot() {
        for (Table t : Bots.DATA.tables()) {
            for (Row r : t.rows()) {
                String year = last(t.yearsOf(r.label()));
                String gloss = Bots.DATA.glosses().of(r.label(), Language.EN).orElseThrow();
                Answer en = Bots.BOT.answer("How many " + measure(t, Language.EN) + " in " + r.label() + " in " + year + "?");
                assertEquals(Language.EN, en.language(), en::text);
                assertEquals(List.of(new Figure(t.measure(), t.breakdown(), r.label(), year, t.value(r.label(), year).getAsInt())),
                        en.figures(), en::text);
                assertTrue(en.body().get(0).contains(r.label() + " (" + gloss + ")"), en::text);
                assertTrue(en.readAs().contains(r.label() + " (" + gloss + ")"), en::readAs);
                Answer nl = Bots.BOT.answer("hoeveel " + measure(t, Language.NL) + " " + r.label() + " " + year);
                assertEquals(Language.NL, nl.language(), nl::text);
                assertEquals(en.figures(), nl.figures(), nl::text);
                assertFalse(nl.text().contains("(" + gloss + ")"), nl::text);
            }
        }
    }

    /** A ranking's rows and chart bars carry the glosses; its JSON keeps the official labels, which the scoring matches. */
    @Test
    void anEnglishRankingGlossesItsRowsAndItsJsonKeepsTheOfficialLabels() throws IOException {
        Table t = Bots.DATA.table("recognitions", "sector").orElseThrow();
        int count = t.memberRows().size();
        Answer en = Bots.BOT.answer("top " + count + " " + Bots.DATA.breakdowns().get("sector").plural().en() + " "
                + measure(t, Language.EN) + " " + t.schoolYears().get(0));
        assertEquals(count, en.figures().size(), en::text);
        for (Figure f : en.figures()) {
            String shown = Bots.DATA.glosses().label(f.member(), Language.EN);
            assertTrue(en.body().stream().anyMatch(line -> line.contains(". " + shown + ": ")), () -> shown + " in " + en.text());
            assertTrue(en.chart().orElseThrow().series().get(0).points().stream().anyMatch(p -> p.category().equals(shown)), shown);
        }
        JsonNode json = new ObjectMapper().readTree(AnswerJson.line(en));
        for (JsonNode f : json.get("figures")) {
            assertTrue(t.hasRow(f.get("member").asText()), () -> "the official label: " + f);
        }
        Answer nl = Bots.BOT.answer("top " + count + " sectoren erkenningen " + t.schoolYears().get(0));
        for (Figure f : nl.figures()) {
            assertTrue(nl.body().stream().anyMatch(line -> line.contains(". " + f.member() + ": " + nl(f.value()))),
                    () -> f.member() + " in " + nl.text());
            assertFalse(nl.text().contains(Bots.DATA.glosses().label(f.member(), Language.EN)), nl::text);
        }
    }

    /** English CSV: the official label stays the member column, its gloss a column of its own; Dutch CSV is as it was. */
    @Test
    void anEnglishCsvHasAGlossColumnBesideTheOfficialLabel() throws IOException {
        Answer en = Bots.BOT.answer("agreements per sector " + Bots.DATA.latestYear());
        List<CSVRecord> rows = records(Bots.BOT.texts().csv(en));
        assertEquals("member", rows.get(0).get(2));
        assertEquals("member (English)", rows.get(0).get(3));
        for (int i = 0; i < en.figures().size(); i++) {
            Figure f = en.figures().get(i);
            assertEquals(f.member(), rows.get(i + 1).get(2));
            assertEquals(Bots.DATA.glosses().of(f.member(), Language.EN).orElseThrow(), rows.get(i + 1).get(3));
        }
        Answer nl = Bots.BOT.answer("overeenkomsten per sector " + Bots.DATA.latestYear());
        List<CSVRecord> dutch = records(Bots.BOT.texts().csv(nl));
        assertEquals(rows.get(0).size() - 1, dutch.get(0).size(), "no gloss column in Dutch: " + dutch.get(0));
        assertEquals(List.of("meetwaarde", "uitsplitsing", "lid", "schooljaar", "waarde", "bron", "voetnoten"), dutch.get(0).toList());
        assertEquals(nl.figures().get(0).member(), dutch.get(1).get(2));
    }

    /** A row with no gloss (a newly imported one, say) shows its label alone: in the text and with an empty CSV cell. */
    @Test
    void aMemberWithoutAGlossShowsItsLabelAlone() throws IOException {
        Table t = Bots.DATA.table("agreements", "sector").orElseThrow();
        String member = t.memberRows().get(0).label();
        String gloss = Bots.DATA.glosses().of(member, Language.EN).orElseThrow();
        DuaalBot bot = withEnglishGloss(member, null);
        String year = last(t.yearsOf(member));
        Answer en = bot.answer("How many companies had " + measure(t, Language.EN) + " in " + member + " in " + year + "?");
        assertEquals(member, en.figures().get(0).member(), en::text);
        assertTrue(en.body().get(0).startsWith(member + " "), en::text);
        assertFalse(en.text().contains(gloss), en::text);
        List<CSVRecord> rows = records(bot.texts().csv(en));
        assertEquals("", rows.get(1).get(3));
    }

    /** The name a reply shows is a name the bot reads: every English gloss, asked alone, finds its member. */
    @Test
    void everyEnglishGlossAskedAsANameFindsItsMember() {
        for (Table t : Bots.DATA.tables()) {
            for (Row r : t.rows()) {
                String year = last(t.yearsOf(r.label()));
                String gloss = Bots.DATA.glosses().of(r.label(), Language.EN).orElseThrow();
                Answer en = Bots.BOT.answer(measure(t, Language.EN) + " " + gloss + " " + year);
                assertEquals(List.of(new Figure(t.measure(), t.breakdown(), r.label(), year, t.value(r.label(), year).getAsInt())),
                        en.figures(), () -> gloss + ": " + en.text());
            }
        }
    }

    /** A gloss is data: a new one, in no lexicon, is understood after a reload, with no synonym added beside it. */
    @Test
    void aNewGlossIsANameWithoutALexiconEntry() throws IOException {
        Table t = Bots.DATA.table("agreements", "sector").orElseThrow();
        String member = t.memberRows().get(0).label();
        String gloss = "zymurgical workshops"; // no lexicon names anything so
        Answer before = Bots.BOT.answer(measure(t, Language.EN) + " " + gloss);
        assertTrue(before.figures().isEmpty() && before.status() != Status.ANSWERED, before::text);
        DuaalBot bot = withEnglishGloss(member, gloss);
        String year = last(t.yearsOf(member));
        Answer en = bot.answer(measure(t, Language.EN) + " " + gloss + " " + year);
        assertEquals(member, en.figures().get(0).member(), en::text);
        assertEquals(1, en.figures().size(), en::text);
    }

    /** A figure of one is said in the singular ("1 company recognised ..."), any other in the plural, as the data words it. */
    @Test
    void aLookUpDescribesItsFigureInTheNumberItHas() {
        for (Table t : Bots.DATA.tables()) {
            var m = Bots.DATA.measures().get(t.measure());
            for (Row r : t.rows()) {
                for (String year : t.yearsOf(r.label())) {
                    int value = t.value(r.label(), year).getAsInt();
                    for (Language language : Language.values()) {
                        String asked = measure(t, language) + " " + r.label() + " " + year;
                        Answer a = Bots.BOT.answer(asked);
                        assertTrue(a.body().get(0).contains(" " + m.description(value).in(language)), () -> asked + ": " + a.text());
                        if (value != 1) {
                            assertFalse(a.body().get(0).contains(" " + m.description(1).in(language) + " "), () -> asked + ": " + a.text());
                        }
                    }
                }
            }
        }
    }

    /** Glosses lengthen lines: a broad English answer still fits one screen, its top rows glossed. */
    @Test
    void aLongEnglishRankingStillFitsOneScreen() {
        Answer full = Bots.BOT.answer("recognitions and agreements per sector");
        Reply reply = new OneScreen(Bots.BOT).reply(full);
        String text = reply.shown().text();
        assertTrue(reply.shortened());
        assertTrue(text.length() <= OneScreen.MAX_CHARS, text.length() + " characters");
        assertTrue(text.lines().count() <= OneScreen.MAX_LINES, text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("1. ") && l.contains(" (") && l.contains("): ")), "the top row glossed: " + text);
    }

    /** A bot on a copy of the data in which the member's English gloss is this one, or none when null. */
    private DuaalBot withEnglishGloss(String member, String gloss) throws IOException {
        Path dir = DataDirs.copy(Path.of("config/data"), temp.resolve("data"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(dir.resolve("glosses.json").toFile());
        ObjectNode en = (ObjectNode) root.get("glosses").get("en");
        if (gloss == null) {
            en.remove(member);
        } else {
            en.put(member, gloss);
        }
        json.writeValue(dir.resolve("glosses.json").toFile(), root);
        return new DuaalBot(DataLoader.load(dir), Bots.CLOCK);
    }

    private static String measure(Table t, Language language) {
        return Bots.DATA.measures().get(t.measure()).name().in(language);
    }

    private static String last(List<String> years) {
        return years.get(years.size() - 1);
    }

    private static String nl(int value) {
        return java.text.NumberFormat.getIntegerInstance(Language.NL.locale()).format(value);
    }

    private static List<CSVRecord> records(String file) throws IOException {
        return CSV.parse(new StringReader(file.substring(1))).getRecords();
    }
}
