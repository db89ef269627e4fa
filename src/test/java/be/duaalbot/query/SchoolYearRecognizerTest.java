package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** School years and calendar years as people write them, on normalised text as the recogniser sees it. */
class SchoolYearRecognizerTest {
    private static final Normalizer NORMALIZER = new Normalizer();

    private static List<YearMention> find(String raw) {
        return SchoolYearRecognizer.find(NORMALIZER.normalize(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2022-2023                    | 2022-2023",
        "2022/2023                    | 2022-2023",
        "2022-23                      | 2022-2023",
        "22-23                        | 2022-2023",
        "'22-'23                      | 2022-2023",
        "\u201922-\u201923            | 2022-2023",
        "2022 \u2013 2023             | 2022-2023",
        "2022\u20142023               | 2022-2023",
        "schooljaar 2019 - 2020       | 2019-2020",
        "2021/22                      | 2021-2022",
        "horeca overeenkomsten 20-21? | 2020-2021",
        "erkenningen in 2022-2023.    | 2022-2023",
        "(2019-2020)                  | 2019-2020",
    })
    void schoolYear(String raw, String expected) {
        List<YearMention> found = find(raw);
        assertEquals(1, found.size(), () -> raw + " -> " + found);
        YearMention y = found.get(0);
        assertFalse(y.calendar(), () -> raw + " is a school year, not a calendar year: " + y);
        assertEquals(expected, y.schoolYear(), raw);
        assertEquals(Integer.parseInt(expected.substring(0, 4)), y.firstYear(), raw);
    }

    @Test
    void offsetsPointIntoTheNormalisedText() {
        String text = NORMALIZER.normalize("horeca in 2022 \u2013 2023 graag");
        List<YearMention> found = SchoolYearRecognizer.find(text);
        assertEquals(1, found.size(), found::toString);
        YearMention y = found.get(0);
        assertEquals("2022 - 2023", text.substring(y.start(), y.end()));
        assertEquals(y.written(), text.substring(y.start(), y.end()));
        assertEquals("horeca in             graag", SchoolYearRecognizer.blank(text, found));
    }

    @Test
    void twoSchoolYearsInOrder() {
        List<YearMention> found = find("vergelijk 2019-2020 met 22-23");
        assertEquals(2, found.size(), found::toString);
        assertEquals("2019-2020", found.get(0).schoolYear());
        assertEquals("2022-2023", found.get(1).schoolYear());
        assertFalse(found.get(0).calendar());
        assertFalse(found.get(1).calendar());
    }

    @ParameterizedTest(name = "{0} -> calendar {1}")
    @CsvSource({
        "2023, 2023",
        "erkenningen in 2023, 2023",
        "in 2019?, 2019",
    })
    void calendarYear(String raw, int year) {
        List<YearMention> found = find(raw);
        assertEquals(1, found.size(), () -> raw + " -> " + found);
        assertTrue(found.get(0).calendar(), () -> raw + " is a calendar year: " + found);
        assertEquals(year, found.get(0).firstYear());
    }

    @Test
    void nonConsecutiveYearsAreTwoCalendarYearsNotASchoolYear() {
        List<YearMention> found = find("2020-2023");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(YearMention::calendar), found::toString);
        assertEquals(List.of(2020, 2023), found.stream().map(YearMention::firstYear).toList());
    }

    @ParameterizedTest(name = "no year in \"{0}\"")
    @ValueSource(strings = {
        "top 5",
        "top 10 sectoren",
        "16,3%",
        "16.3%",
        "1228",
        "1.228",
        "3 miljoen",
        "10225 ondernemingen",
        "20,23",
        "2022%",
        "",
    })
    void noMention(String raw) {
        List<YearMention> found = find(raw);
        assertTrue(found.isEmpty(), () -> "\"" + raw + "\" -> " + found);
    }
}
