package be.duaalbot.data;

import java.util.List;

/** A name people use for several rows at once, such as "handel" for the three trade rows. */
public record Group(String id, String breakdown, Localized name, List<String> members) {
}
