package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.data.Breakdown;
import be.duaalbot.data.Language;
import be.duaalbot.data.Table;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "rank the provinces": the read-as line counts the rows the ranking lists, no more than the rows
 * it ranks. A row its breakdown sets apart (Brussels beside the provinces) is said beside the
 * ranking, not counted in it; a year only some rows have lists those.
 */
class RankingCountTest {
    private static final Pattern COUNT = Pattern.compile("(?:top|onderste|bottom) (\\d+)");

    @Test
    void aWholeRankingCountsTheRowsItRanks() {
        for (Table t : Bots.DATA.tables()) {
            Breakdown b = Bots.DATA.breakdowns().get(t.breakdown());
            String year = t.schoolYears().get(t.schoolYears().size() - 1);
            long rows = t.memberRows().stream().filter(r -> !b.apart().contains(r.label())).count();
            long withValue = t.memberRows().stream().map(r -> r.label())
                    .filter(l -> !b.apart().contains(l) && t.value(l, year).isPresent()).count();
            for (Language language : Language.values()) {
                String verb = language == Language.NL ? "rangschik de " : "rank the ";
                String asked = verb + b.plural().in(language) + " " + Bots.DATA.measures().get(t.measure()).name().in(language) + " " + year;
                Answer a = Bots.BOT.answer(asked);
                Matcher m = COUNT.matcher(a.readAs());
                assertTrue(m.find(), () -> asked + ": " + a.readAs());
                long count = Long.parseLong(m.group(1));
                long listed = a.figures().stream().filter(f -> !b.apart().contains(f.member()) && !t.isTotal(f.member())).count();
                // never more than the rows it ranks; fewer listed only where a year lacks rows (said in the text)
                assertTrue(count <= rows, () -> asked + ": " + a.readAs());
                assertEquals(Math.min(count, withValue), listed, () -> asked + ": " + a.text());
            }
        }
    }
}
