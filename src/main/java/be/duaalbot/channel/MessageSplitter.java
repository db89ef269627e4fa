package be.duaalbot.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines into pieces of at most {@code max} characters, cutting only between lines, so a
 * table row is never split over two messages; a single line longer than a piece is cut. Every
 * chat channel splits with this (Telegram's 4,096, Slack's sections and messages).
 */
public final class MessageSplitter {
    private MessageSplitter() {
    }

    public static List<String> split(List<String> lines, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String piece = line.length() > max ? line.substring(0, max) : line;
            if (current.length() > 0 && current.length() + 1 + piece.length() > max) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
