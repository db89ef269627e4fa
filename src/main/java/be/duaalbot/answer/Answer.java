package be.duaalbot.answer;

import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply, in parts so that each channel can lay it out its own way: how the question was
 * read, the body, why (what the minister says of these figures, attributed to him), the footnotes
 * that apply, and the source. {@link #text()} is the plain form. {@code suggestions} are next
 * questions a chat can offer as buttons; {@code chart} is there when the figures are worth a
 * picture (a series, a ranking, a comparison).
 */
public record Answer(String question, Language language, Status status, List<Figure> figures,
                     String readAs, List<String> body, List<String> why, List<String> footnotes, String source,
                     List<String> suggestions, java.util.Optional<ChartModel> chart) {

    /** A reply without a why. */
    public Answer(String question, Language language, Status status, List<Figure> figures, String readAs, List<String> body,
                  List<String> footnotes, String source, List<String> suggestions, java.util.Optional<ChartModel> chart) {
        this(question, language, status, figures, readAs, body, List.of(), footnotes, source, suggestions, chart);
    }

    public String text() {
        List<String> lines = new ArrayList<>();
        if (!readAs.isEmpty()) {
            lines.add(readAs);
        }
        lines.addAll(body);
        lines.addAll(why);
        lines.addAll(footnotes);
        if (!source.isEmpty()) {
            lines.add(source);
        }
        return String.join("\n", lines);
    }

    /**
     * An ask-back ("Bedoel je Horeca?"): no figure, and the suggestions are the questions it may
     * have meant, each ready to ask; a chat offers them as choices.
     */
    public boolean asksBack() {
        return status == Status.NO_DATA && !suggestions.isEmpty();
    }
}
