package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first stage: one spelling for what people write many ways, whatever the JVM's locale. */
class NormalizerTest {
    private final Normalizer normalizer = new Normalizer(be.duaalbot.data.DataLoader.load(java.nio.file.Path.of("config/data")));
    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void lowerCasesInTheRootLocaleEvenUnderTurkish() {
        Locale.setDefault(Locale.forLanguageTag("tr"));
        assertEquals("tr", Locale.getDefault().getLanguage(), "the test must run under Turkish");
        // a Turkish lower-casing would give a dotless \u0131 here
        assertEquals("erkenningen limburg", normalizer.normalize("ERKENNINGEN LIMBURG"));
        assertEquals("i", normalizer.normalize("\u0130"));
        assertEquals("horeca in limburg", normalizer.normalize("HORECA IN LIMBURG"));
        assertFalse(normalizer.normalize("ERKENNINGEN LIMBURG").contains("\u0131"));
    }

    @Test
    void stripsAccents() {
        assertEquals("een", normalizer.normalize("één"));
        assertEquals("liege", normalizer.normalize("Liège"));
        assertEquals("wallonie", normalizer.normalize("Wallonië"));
        assertEquals("cafes", normalizer.normalize("cafés"));
        // decomposed input (e + combining acute) reads the same as composed
        assertEquals("een", normalizer.normalize("e\u0301e\u0301n"));
    }

    @Test
    void unifiesDashes() {
        assertEquals("2022-2023", normalizer.normalize("2022\u20132023")); // en dash
        assertEquals("2022-2023", normalizer.normalize("2022\u20142023")); // em dash
        assertEquals("2022-2023", normalizer.normalize("2022\u22122023")); // minus sign
        assertEquals("2022-2023", normalizer.normalize("2022\u20102023")); // hyphen
        assertEquals("west-vlaanderen", normalizer.normalize("West\u2011Vlaanderen")); // non-breaking hyphen
        assertEquals("haartooi - fitness - schoonheidszorgen",
                normalizer.normalize("Haartooi \u2013 fitness \u2014 schoonheidszorgen"));
    }

    @Test
    void unifiesApostrophes() {
        assertEquals("'22-'23", normalizer.normalize("\u201922-\u201923"));
        assertEquals("'22-'23", normalizer.normalize("\u201822-\u201923"));
        assertEquals("'22-'23", normalizer.normalize("`22-`23"));
        assertEquals("'22-'23", normalizer.normalize("\u203222-\u203223")); // prime
        assertEquals("'22-'23", normalizer.normalize("'22-'23"));
    }

    /**
     * The spacing acute accent, often typed for an apostrophe, is listed among the apostrophes
     * the normaliser unifies, so {@code \u00b422-\u00b423} must read as {@code '22-'23}.
     */
    @Test
    void acuteAccentUsedAsApostrophe() {
        assertEquals("'22-'23", normalizer.normalize("\u00b422-\u00b423"));
    }

    @Test
    void collapsesWhitespaceAndDropsControlCharacters() {
        assertEquals("horeca 2022-2023", normalizer.normalize("  Horeca \t\n\r  2022-2023  "));
        assertEquals("horeca 2022-2023", normalizer.normalize("Horeca\u00a0\u00a02022-2023")); // no-break spaces
        assertEquals("horeca 2022-2023", normalizer.normalize("Horeca\u20032022-2023")); // em space
        String cleaned = normalizer.normalize("hor\u0000eca\u0007 \u001b[31m2022-2023\u007f");
        assertTrue(cleaned.chars().noneMatch(Character::isISOControl), () -> "control characters left: " + cleaned);
        assertFalse(cleaned.contains("  "), cleaned);
        assertEquals(cleaned.strip(), cleaned);
        assertEquals("", normalizer.normalize(" \t\n "));
    }

    /**
     * Invisible format characters that arrive with copied text (a soft hyphen from a PDF, a
     * zero-width space or joiner from a web page, a byte-order mark) sit inside a word; removed,
     * the word reads as written, replaced by a space it splits into two unknown halves.
     */
    @Test
    void invisibleFormatCharactersInsideAWordAreRemoved() {
        assertAll(
                () -> assertEquals("overeenkomsten", normalizer.normalize("overeen\u00adkomsten"), "soft hyphen"),
                () -> assertEquals("horeca", normalizer.normalize("hore\u200bca"), "zero-width space"),
                () -> assertEquals("horeca", normalizer.normalize("hore\u200dca"), "zero-width joiner"),
                () -> assertEquals("horeca", normalizer.normalize("\ufeffhoreca"), "byte-order mark"));
    }

    @Test
    void keepsWhatLaterStagesRead() {
        assertEquals("top 5 sectoren 16,3% 2022/2023", normalizer.normalize("Top 5 sectoren 16,3% 2022/2023"));
    }

    @Test
    void compatibilityFormsReadAsPlainText() {
        assertEquals("horeca 2022", normalizer.normalize("\uff28\uff2f\uff32\uff25\uff23\uff21 \uff12\uff10\uff12\uff12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\ud800",                       // lone high surrogate
        "\udc00",                       // lone low surrogate
        "horeca \ud83d 2022-2023",      // high surrogate without its pair
        "horeca \ude00 2022-2023",      // low surrogate without its pair
        "horeca \ud83d\udc4d 2022-2023", // emoji
        "\ud83c\uddfa\ud83c\uddf8 \ud83d\udc69\u200d\ud83d\udcbb horeca 2022-2023", // flag, ZWJ sequence
        "\uffff\ufffe\ufffd horeca 2022-2023",
    })
    void survivesBrokenAndUnusualCharacters(String raw) {
        String out = assertDoesNotThrow(() -> normalizer.normalize(raw));
        if (raw.contains("horeca")) {
            assertTrue(out.contains("horeca"), out);
            assertTrue(out.contains("2022-2023"), out);
        }
        assertEquals(out, normalizer.normalize(out), "normalising twice changes nothing");
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(out.charAt(i - 1));
            assertTrue(!Character.isSurrogate(c) || paired, () -> "a lone surrogate survived in " + out);
        }
    }

    @Test
    void isIdempotent() {
        for (String raw : new String[] {"Hoeveel erkenningen in West\u2013Vlaanderen in \u201922\u2013\u201923?",
                "Oost- en West-Vlaanderen", "  ÉÉN  Liège  "}) {
            String once = normalizer.normalize(raw);
            assertEquals(once, normalizer.normalize(once), raw);
        }
    }

    @Test
    void expandsADutchEllipsis() {
        assertEquals("oost-vlaanderen en west-vlaanderen", normalizer.normalize("Oost- en West-Vlaanderen"));
    }

    /** The rewrites come from the lexicons' word classes: joining words, compass words, contractions. */
    @Test
    void rewritesWhatTheWordClassesSay() {
        assertEquals("oost-vlaanderen en west-vlaanderen", normalizer.normalize("oost en west-vlaanderen"));
        assertEquals("east-flanders and west-flanders", normalizer.normalize("East and West Flanders"));
        assertEquals("which sector will not grow", normalizer.normalize("which sector won\u2019t grow"));
        assertEquals("oost- en west-vlaanderen", new Normalizer().normalize("Oost- en West-Vlaanderen"), "spelling only");
    }
}
