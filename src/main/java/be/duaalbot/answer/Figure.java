package be.duaalbot.answer;

/** A cell of a source table as stated in an answer, with the row label exactly as the source writes it. */
public record Figure(String measure, String breakdown, String member, String schoolYear, int value) {
}
