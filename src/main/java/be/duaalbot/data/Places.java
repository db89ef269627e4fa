package be.duaalbot.data;

import java.util.List;

/**
 * The places of the {@code places} section: which province (or region) each municipality lies
 * in, and where the list comes from ({@code source}) and how it was made ({@code basis}).
 */
public record Places(String source, String basis, List<Place> all) {
    static final Places NONE = new Places("", "", List.of());

    /** The place of that name (a search: it runs only for a place a question names). */
    public Place named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    Places plus(Places more) {
        List<Place> joined = new java.util.ArrayList<>(all);
        joined.addAll(more.all);
        return new Places(source.isEmpty() ? more.source : source, basis.isEmpty() ? more.basis : basis, List.copyOf(joined));
    }
}
