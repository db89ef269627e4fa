package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Year phrases beyond single school years: spans, "the last n", a space between the years; and names that are not prose. */
class YearPhrasesTest {

    private static List<String> years(String question) {
        Answer a = Bots.BOT.answer(question);
        return a.figures().stream().map(Figure::schoolYear).distinct().toList();
    }

    @Test
    void aDashBetweenCalendarYearsIsASpan() {
        List<String> within = rowYears("agreements", "Horeca").stream()
                .filter(y -> y.compareTo("2019") > 0 && y.substring(5).compareTo("2023") <= 0).toList();
        assertEquals(within, years("horeca overeenkomsten 2019-2023"));
    }

    @Test
    void aSpaceBetweenConsecutiveYearsIsOneSchoolYear() {
        assertEquals(List.of("2022-2023"), years("erkenningen limburg schooljaar 2022 2023"));
    }

    @Test
    void theLastNYearsAreTheNewestN() {
        List<String> all = rowYears("agreements", "Bouw"); // the newest of its own table, not of every table
        assertEquals(all.subList(all.size() - 3, all.size()), years("overeenkomsten bouw de laatste 3 schooljaren"));
        assertEquals(List.of(all.get(all.size() - 1)), years("overeenkomsten bouw laatste schooljaar"));
    }

    private static List<String> rowYears(String measure, String member) {
        return Bots.DATA.tableWith(measure, member).orElseThrow().yearsOf(member);
    }

    @Test
    void aSectorsDutchNameDoesNotMakeAnEnglishQuestionDutch() {
        assertEquals(Language.EN, Bots.BOT.answer("agreements Autosector en aanverwante sectoren per year").language());
    }
}
