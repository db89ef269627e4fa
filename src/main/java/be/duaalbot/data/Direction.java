package be.duaalbot.data;

/**
 * Which way a figure moved from the school year before: a passage's scope may speak of a rise
 * ("duidelijk meer erkenningsaanvragen") or a fall only; {@code ANY} when it names no direction.
 */
public enum Direction {
    ANY, RISE, FALL
}
