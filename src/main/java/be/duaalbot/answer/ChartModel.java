package be.duaalbot.answer;

import java.util.List;

/**
 * What a chart of an answer shows, before any drawing: its kind, title and axis labels in the
 * answer's language, its series of points (every value a cell of the data), the caption (source
 * and caveats) and the categories to mark as incomplete. Tests assert on this, not on pixels.
 */
public record ChartModel(Kind kind, String title, String categoryAxis, String valueAxis, List<Series> series,
                         String caption, List<String> incomplete, String incompleteMarker) {

    /** A line or bar chart over school years, a horizontal ranking, or grouped bars side by side. */
    public enum Kind { SERIES, RANKING, COMPARISON }

    public record Series(String name, List<Point> points) { }

    public record Point(String category, int value) { }

    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }
}
