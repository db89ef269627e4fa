package be.duaalbot.answer;

import be.duaalbot.data.Footnote;
import be.duaalbot.data.Source;
import be.duaalbot.query.Cell;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where figures come from: the footnotes that apply to the cells shown, and the source line. */
final class Provenance {
    private static final java.util.Map<be.duaalbot.data.Language, DateTimeFormatter> DATES = new java.util.EnumMap<>(be.duaalbot.data.Language.class);

    static {
        for (be.duaalbot.data.Language language : be.duaalbot.data.Language.values()) {
            DATES.put(language, DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
        }
    }

    private Provenance() {
    }

    /** Each footnote of the cells' tables that applies to a year shown, once, in the order met. */
    static List<String> footnotes(List<Cell> cells, Phrases p) {
        Set<Footnote> notes = new LinkedHashSet<>();
        for (Cell c : cells) {
            for (Footnote f : c.table().footnotes()) {
                if (f.appliesTo(c.year())) {
                    notes.add(f);
                }
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        for (Footnote f : notes) {
            String years = f.schoolYears().isEmpty() ? "" : String.join(", ", f.schoolYears()) + ": ";
            String marker = f.marker().isEmpty() ? "\u2022" : f.marker();
            lines.add(marker + " " + years + f.text().in(p.language()));
        }
        return new ArrayList<>(lines);
    }

    static String sources(List<Cell> cells, Phrases p) {
        Set<String> ids = new LinkedHashSet<>();
        cells.forEach(c -> ids.add(c.table().source()));
        List<String> lines = new ArrayList<>();
        for (String id : ids) {
            lines.add(source(p.data().sources().get(id), "", p));
        }
        return String.join("\n", lines);
    }

    static String source(Source s, String section, Phrases p) {
        String date = s.date().isEmpty() ? "" : p.t("source.date", LocalDate.parse(s.date()).format(DATES.get(p.language())));
        String asked = s.askedBy().isEmpty() ? "" : p.t("source.askedBy", s.askedBy());
        String line = p.t("source", s.kind().in(p.language()), s.number(), date, asked, s.answeredBy());
        if (!section.isEmpty()) {
            line = line.substring(0, line.length() - 1) + p.t("source.section", section) + ".";
        }
        return line;
    }
}
