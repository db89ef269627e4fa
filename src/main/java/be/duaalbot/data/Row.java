package be.duaalbot.data;

import java.util.List;

/** One row of a table: its label exactly as the source writes it, and a value per school year. */
public record Row(String label, List<Integer> values) {
}
