package be.duaalbot.query;

import java.util.List;

/**
 * How something in the question was read, or what was assumed because it was not said
 * ({@code calendarYear 2023 → 2022-2023}, {@code allYears}). The composer words it per language.
 */
public record Note(String key, List<String> args) {

    static Note of(String key, String... args) {
        return new Note(key, List.of(args));
    }
}
