package be.duaalbot.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.data.DataLoader;
import be.duaalbot.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words no lexicon lists as written, read by their stem or as a compound of a name and a head
 * ("confectieateliers"), and compounds whose last part is no head, which must stay unknown
 * ("bouwvakantie" is no figure of the construction sector).
 */
class MorphologyTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(DATA);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "confectieateliers erk 2020-2021     | Kleding en Confectie",
        "hoeveel kapperszaken hadden een ovk | Haartooi - fitness - schoonheidszorgen",
        "aantal tuinbouwbedrijven erkend     | Groene sectoren",
        "elektriciensbedrijven erk 2019-2020 | Elektriciens: installatie en distributie",
        "houtbedrijven ovk 22-23             | Houtsectoren",
        "horecazaakjes ovk                   | Horeca",
        "textielbedrijfjes erk               | Textiel",
    })
    void aCompoundOfANameAndAHeadIsTheName(String question, String member) {
        Entities e = RECOGNIZER.recognize(question);
        assertTrue(DATA.allMembers().contains(member), member);
        assertEquals(List.of(member), e.members(), () -> question + " -> " + e);
        assertTrue(e.unknown().isEmpty(), () -> "still unknown: " + e.unknown());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "kapper erk 2021-2022          | Haartooi - fitness - schoonheidszorgen",
        "hairdresser agreements        | Haartooi - fitness - schoonheidszorgen",
        "schrijnwerker ovk             | Houtsectoren",
    })
    void aWordWithTheStemOfANameIsTheName(String question, String member) {
        assertEquals(List.of(member), RECOGNIZER.recognize(question).members(), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bouwvakantie 2023", "de kappersfederatie", "horecaverbond vergadering", "bouwjaar van het huis"})
    void aCompoundWhoseLastPartIsNoHeadIsNoName(String question) {
        Entities e = RECOGNIZER.recognize(question);
        assertTrue(e.members().isEmpty(), () -> question + " -> " + e.members());
    }
}
