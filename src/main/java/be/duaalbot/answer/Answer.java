package be.duaalbot.answer;

import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply, in parts so that each channel can lay it out its own way: how the question was
 * read, the body, the footnotes that apply, and the source. {@link #text()} is the plain form.
 * {@code suggestions} are next questions a chat can offer as buttons; {@code chart} is there
 * when the figures are worth a picture (a series, a ranking, a comparison).
 */
public record Answer(String question, Language language, Status status, List<Figure> figures,
                     String readAs, List<String> body, List<String> footnotes, String source,
                     List<String> suggestions, java.util.Optional<ChartModel> chart) {

    public String text() {
        List<String> lines = new ArrayList<>();
        if (!readAs.isEmpty()) {
            lines.add(readAs);
        }
        lines.addAll(body);
        lines.addAll(footnotes);
        if (!source.isEmpty()) {
            lines.add(source);
        }
        return String.join("\n", lines);
    }
}
