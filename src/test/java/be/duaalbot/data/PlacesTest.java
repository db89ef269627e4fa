package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The places file is data with a source: every place but those outside lies in rows of the
 * tables (a province, or the Brussels region), every former municipality and part names a
 * current municipality, and names are written as places are (capitalised).
 */
class PlacesTest {
    private static final Dataset DATA = DataLoader.load(Path.of("config/data"));

    @Test
    void namesItsSourceAndHowItWasMade() {
        assertFalse(DATA.places().source().isBlank());
        assertFalse(DATA.places().basis().isBlank());
    }

    @Test
    void everyPlaceInFlandersOrBrusselsLiesInARowOfTheProvinceTables() {
        String breakdown = DATA.breakdownOf(DATA.places().all().get(0).members().get(0)).orElseThrow();
        Set<String> rows = Set.copyOf(DATA.membersOf(breakdown));
        for (Place place : DATA.places().all()) {
            boolean outside = place.kind() == Place.Kind.OUTSIDE;
            assertEquals(outside, place.members().isEmpty(), place::toString);
            assertTrue(rows.containsAll(place.members()), place::toString);
            place.members().forEach(row -> assertFalse(DATA.isTotal(row), place::toString));
        }
    }

    @Test
    void everyRowOfTheProvinceTablesButTheTotalHasMunicipalities() {
        Set<String> withMunicipalities = DATA.places().all().stream().filter(p -> p.kind() == Place.Kind.MUNICIPALITY)
                .flatMap(p -> p.members().stream()).collect(Collectors.toSet());
        String breakdown = DATA.breakdownOf(withMunicipalities.iterator().next()).orElseThrow();
        List<String> rows = DATA.membersOf(breakdown).stream().filter(m -> !DATA.isTotal(m)).toList();
        assertEquals(Set.copyOf(rows), withMunicipalities);
    }

    @Test
    void formerMunicipalitiesAndPartsNameACurrentMunicipalityInTheSameRow() {
        for (Place place : DATA.places().all()) {
            boolean within = place.kind() == Place.Kind.FORMER || place.kind() == Place.Kind.PART;
            assertEquals(within, place.municipality() != null, place::toString);
            if (within) {
                Place now = DATA.places().named(place.municipality());
                assertEquals(Place.Kind.MUNICIPALITY, now.kind(), place::toString);
                assertEquals(now.members(), place.members(), place::toString);
            }
        }
    }

    @Test
    void namesAreWrittenAsPlacesAreAndOnce() {
        List<String> names = DATA.places().all().stream().map(Place::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "a name listed twice");
        for (String name : names) {
            assertTrue(Character.isUpperCase(name.charAt(0)) || name.startsWith("de "), name);
        }
    }
}
