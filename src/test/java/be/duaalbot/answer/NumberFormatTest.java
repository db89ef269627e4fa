package be.duaalbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.core.DuaalBot;
import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import be.duaalbot.data.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers as the language of the reply writes them, {@code 1.228} in Dutch and {@code 1,228}
 * in English, through the whole bot, and whatever the JVM's default locale.
 */
class NumberFormatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final String DUTCH = "hoeveel erkenningen in de horeca in 2022-2023";
    private static final String ENGLISH = "how many horeca recognitions in 2022-2023";

    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    /** The cell the questions ask for, from the data. */
    private static int horecaRecognitions() {
        return DATA.table("recognitions", "sector").orElseThrow().value("Horeca", "2022-2023").orElseThrow();
    }

    /** Groups of three digits joined by the separator, written out by hand so as not to share the code's formatter. */
    private static String grouped(int value, char separator) {
        String digits = Integer.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    @Test
    void theCellNeedsAThousandsSeparator() {
        assertTrue(horecaRecognitions() >= 1000, "the test needs a figure of four digits or more");
        assertEquals("1.228", grouped(1228, '.'));
        assertEquals("10,225", grouped(10225, ','));
        assertEquals("999", grouped(999, ','));
    }

    @Test
    void dutchAndEnglishWithTheDefaultLocale() {
        check(new DuaalBot(DATA, CLOCK));
    }

    static Stream<Locale> otherLocales() {
        return Stream.of(Locale.GERMANY, Locale.forLanguageTag("fr-FR"), Locale.US, Locale.forLanguageTag("tr-TR"),
                Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN"));
    }

    @ParameterizedTest(name = "default locale {0}, bot made before")
    @MethodSource("otherLocales")
    void botMadeBeforeTheLocaleChanges(Locale locale) {
        DuaalBot bot = new DuaalBot(DATA, CLOCK);
        Locale.setDefault(locale);
        check(bot);
    }

    @ParameterizedTest(name = "default locale {0}, bot made after")
    @MethodSource("otherLocales")
    void botMadeUnderAnotherLocale(Locale locale) {
        Locale.setDefault(locale);
        check(new DuaalBot(DataLoader.load(Path.of("config/data")), CLOCK));
    }

    private static void check(DuaalBot bot) {
        int value = horecaRecognitions();
        Figure expected = new Figure("recognitions", "sector", "Horeca", "2022-2023", value);

        Answer nl = bot.answer(DUTCH);
        assertEquals(Language.NL, nl.language(), nl::text);
        assertEquals(Status.ANSWERED, nl.status(), nl::text);
        assertEquals(List.of(expected), nl.figures(), nl::text);
        assertTrue(nl.text().contains(grouped(value, '.')), () -> "Dutch writes " + grouped(value, '.') + ": " + nl.text());
        assertFalse(nl.text().contains(grouped(value, ',')), nl::text);

        Answer en = bot.answer(ENGLISH);
        assertEquals(Language.EN, en.language(), en::text);
        assertEquals(Status.ANSWERED, en.status(), en::text);
        assertEquals(List.of(expected), en.figures(), en::text);
        assertTrue(en.text().contains(grouped(value, ',')), () -> "English writes " + grouped(value, ',') + ": " + en.text());
        assertFalse(en.text().contains(grouped(value, '.')), en::text);
    }
}
