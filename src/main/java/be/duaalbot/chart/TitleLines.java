package be.duaalbot.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * A chart title broken into lines at spaces only. JFreeChart's own wrapping breaks lines where
 * java.text.BreakIterator allows, which includes after a hyphen: an English title, longer with its
 * glossed names, came out as "... 2019-2020 to 2022-" / "2023". Lines that already fit are left
 * whole by it, so a school year (or any hyphenated word) stays on one line.
 */
final class TitleLines {
    /** Antialiased with fractional metrics, as the chart is drawn; the margin absorbs what differs. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private TitleLines() {
    }

    /** The title with a line break before each word that would take a line past {@code width} pixels. */
    static String wrap(String title, Font font, double width) {
        StringBuilder out = new StringBuilder(title.length() + 4);
        String line = "";
        for (String word : title.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringBounds(longer, MEASURE).getWidth() > width) {
                out.append(line).append('\n');
                line = word;
            } else {
                line = longer;
            }
        }
        return out.append(line).toString();
    }
}
