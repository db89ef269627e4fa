package be.duaalbot.data;

/**
 * How much of a CSV {@code data import} reads before it refuses the file: its size, a row's
 * length and columns, the number of rows, and how many problems it names before it stops. A
 * table of figures is small; these keep a wrong or hostile file from filling memory or a screen.
 * Set in {@code config/application.yml} ({@code DUAALBOT_IMPORT_*}).
 */
public record ImportLimits(long maxBytes, int maxLineChars, int maxColumns, int maxRows, int maxProblems) {
}
