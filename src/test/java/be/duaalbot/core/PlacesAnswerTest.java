package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Status;
import be.duaalbot.data.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A place the tables do not count by (item 4 of issue 22): a municipality, former municipality,
 * part or region says there are no figures per municipality and where it lies, and offers that
 * row's figure as the next question (a button in a chat), which then answers; a place outside
 * Flanders and Brussels is said to be outside the tables; a place whose province the question
 * names is noted and the province answered. Places and rows come from the data.
 */
class PlacesAnswerTest {
    /** Names the lexicons read as a row already ("Antwerpen", "Brussel"): those are asked of the row. */
    private static final Set<String> MEMBER_TERMS = Bots.DATA.lexicons().values().stream()
            .flatMap(l -> l.members().values().stream()).flatMap(List::stream)
            .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private static Stream<Place> places(Place.Kind kind) {
        return Bots.DATA.places().all().stream().filter(p -> p.kind() == kind)
                .filter(p -> !MEMBER_TERMS.contains(p.name().toLowerCase(Locale.ROOT)));
    }

    /** One place of each kind in each row, the first of the file. */
    private static List<Place> samples() {
        List<Place> out = new ArrayList<>();
        for (Place.Kind kind : List.of(Place.Kind.MUNICIPALITY, Place.Kind.FORMER, Place.Kind.PART, Place.Kind.REGION)) {
            places(kind).collect(Collectors.groupingBy(p -> p.members().get(0), java.util.LinkedHashMap::new, Collectors.toList()))
                    .values().forEach(list -> out.add(list.get(0)));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> aPlaceSaysWhereItLiesAndOffersThatRow() {
        String year = be.duaalbot.YearsOfAllRows.latest(Bots.DATA);
        return samples().stream().map(place -> DynamicTest.dynamicTest(place.name(), () -> {
            Answer a = Bots.BOT.answer("hoeveel erkende bedrijven in " + place.name() + " in " + year + "?");
            assertEquals(Status.NO_DATA, a.status(), a::text);
            assertTrue(a.figures().isEmpty(), a::text);
            assertTrue(a.text().contains(place.name()), a::text);
            place.members().forEach(row -> assertTrue(a.text().contains(row), a::text));
            assertEquals(place.members().size(), a.suggestions().size(), () -> a.suggestions().toString());
            for (int i = 0; i < place.members().size(); i++) {
                String row = place.members().get(i);
                Answer next = Bots.BOT.answer(a.suggestions().get(i));
                assertEquals(Status.ANSWERED, next.status(), next::text);
                assertEquals(Bots.cell("recognitions", row, year).getAsInt(), next.figures().get(0).value(), next::text);
                assertEquals(row, next.figures().get(0).member(), next::text);
            }
        }));
    }

    @Test
    void aPlaceOutsideFlandersAndBrusselsIsOutsideTheTables() {
        Place outside = places(Place.Kind.OUTSIDE).findFirst().orElseThrow();
        Answer a = Bots.BOT.answer("how many companies had an agreement in " + outside.name() + " in " + be.duaalbot.YearsOfAllRows.latest(Bots.DATA));
        assertEquals(Status.NO_DATA, a.status(), a::text);
        assertTrue(a.text().contains(outside.name()), a::text);
        assertTrue(a.suggestions().isEmpty(), () -> a.suggestions().toString());
    }

    @Test
    void aPlaceInTheProvinceAskedIsNotedAndTheProvinceAnswered() {
        Place place = places(Place.Kind.MUNICIPALITY).filter(p -> p.members().get(0).startsWith("Provincie")).findFirst().orElseThrow();
        String row = place.members().get(0);
        String year = be.duaalbot.YearsOfAllRows.latest(Bots.DATA);
        Answer a = Bots.BOT.answer("hoeveel overeenkomsten in de " + row + ", waar " + place.name() + " ligt, in " + year);
        assertEquals(Status.ANSWERED, a.status(), a::text);
        assertEquals(Bots.cell("agreements", row, year).getAsInt(), a.figures().get(0).value(), a::text);
        assertTrue(a.readAs().contains(place.name()), a::readAs);
    }

    @Test
    void aPlaceWrittenInLowerCaseIsNamedAsPlacesAre() {
        Place place = places(Place.Kind.MUNICIPALITY).findFirst().orElseThrow();
        Answer a = Bots.BOT.answer("erkenningen in " + place.name().toLowerCase(Locale.ROOT));
        assertTrue(a.text().contains(place.name() + " "), a::text);
        assertFalse(a.text().contains(" " + place.name().toLowerCase(Locale.ROOT) + " "), a::text);
    }
}
