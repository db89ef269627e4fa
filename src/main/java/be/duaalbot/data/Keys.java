package be.duaalbot.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The constant of an enum that data files name by a key ("companyNouns", "noun"); read at load only. */
final class Keys {
    private Keys() {
    }

    static <E> Optional<E> find(E[] values, Function<E, String> key, String wanted) {
        return Arrays.stream(values).filter(v -> key.apply(v).equals(wanted)).findFirst();
    }
}
