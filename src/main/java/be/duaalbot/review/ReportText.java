package be.duaalbot.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console form of a review: a section each, the most asked first, examples indented under their word or group. */
public final class ReportText {
    /** The bot's reply is cut here on the console (--json gives what is kept). */
    private static final int LINE = 100;

    private ReportText() {
    }

    public static List<String> lines(Review.Report r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%d missed questions kept since %s", r.kept(), r.since()));
        out.add("");
        out.add("Unknown words (by conversations):");
        r.unknownWords().forEach(w -> {
            out.add(String.format(Locale.ROOT, "  %s: %d conversations, asked %d times", w.word(), w.conversations(), w.asked()));
            examples(w.examples(), out);
        });
        none(r.unknownWords(), out);
        out.add("Not understood, or asked again in other words within a minute (alike questions grouped):");
        r.notUnderstood().forEach(g -> {
            out.add(String.format(Locale.ROOT, "  %d questions, %d conversations", g.questions(), g.conversations()));
            examples(g.examples(), out);
        });
        none(r.notUnderstood(), out);
        out.add("Asked back:");
        r.askBacks().forEach(a -> out.add(String.format(Locale.ROOT, "  %s (%s): offered %s; %d conversations; picked: %s", a.word(),
                a.language(), String.join(", ", a.offered()), a.conversations(), a.chosen().isEmpty() ? "nothing"
                        : String.join(", ", a.chosen().stream().map(c -> c.name() + " (" + c.conversations() + ")").toList()))));
        none(r.askBacks(), out);
        out.add("Proposed for teaching:");
        r.proposals().forEach(p -> out.add(String.format(Locale.ROOT, "  %s -> %s (picked by %d conversations):%n    %s", p.word(), p.as(),
                p.conversations(), p.command())));
        none(r.proposals(), out);
        return out;
    }

    private static void examples(List<Review.Example> examples, List<String> out) {
        examples.forEach(e -> {
            out.add("    \u201c" + e.question() + "\u201d");
            out.add("      bot: " + (e.answered().length() > LINE ? e.answered().substring(0, LINE - 1) + "\u2026" : e.answered()));
        });
    }

    private static void none(List<?> section, List<String> out) {
        if (section.isEmpty()) {
            out.add("  (none)");
        }
        out.add("");
    }
}
