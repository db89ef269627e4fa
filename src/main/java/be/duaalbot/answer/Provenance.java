package be.duaalbot.answer;

import be.duaalbot.data.Cells;
import be.duaalbot.data.Footnote;
import be.duaalbot.data.Source;
import be.duaalbot.query.Cell;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * Each footnote of the tables the cells come from that applies to a year shown, once, in the
     * order met; then, for a cell a newer source revised, what the older source said.
     */
    static List<String> footnotes(List<Cell> cells, Phrases p) {
        Set<Footnote> notes = new LinkedHashSet<>();
        for (Cell c : cells) {
            notes.addAll(c.table().footnotesFor(c.member(), c.year()));
        }
        Set<String> lines = new LinkedHashSet<>();
        for (Footnote f : notes) {
            String years = f.schoolYears().isEmpty() ? "" : String.join(", ", f.schoolYears()) + ": ";
            String marker = f.marker().isEmpty() ? "\u2022" : f.marker();
            lines.add(marker + " " + years + f.text().in(p.language()));
        }
        for (Cell c : cells) {
            for (Cells.Revision r : c.table().revisions(c.member(), c.year())) {
                Source older = p.data().sources().get(r.table().source());
                lines.add(p.t("revised", p.member(c.member()), c.year(), shortName(older, p), p.number(r.value())));
            }
        }
        return new ArrayList<>(lines);
    }

    /**
     * The source of every cell shown, once each; when they come from more than one source, each
     * line says which school years it gave, so every figure can be traced to its own source.
     * Older sources of revised cells are cited too, since the reply quotes them.
     */
    static String sources(List<Cell> cells, Phrases p) {
        Map<String, Set<String>> years = new LinkedHashMap<>();
        for (Cell c : cells) {
            years.computeIfAbsent(c.table().origin(c.member(), c.year()).source(), id -> new TreeSet<>()).add(c.year());
        }
        for (Cell c : cells) {
            c.table().revisions(c.member(), c.year()).forEach(r -> years.computeIfAbsent(r.table().source(), id -> new TreeSet<>()));
        }
        List<String> lines = new ArrayList<>();
        years.forEach((id, shown) -> {
            String line = source(p.data().sources().get(id), "", p);
            if (years.size() > 1 && !shown.isEmpty()) {
                line = line.substring(0, line.length() - 1) + p.t("source.years", p.years(List.copyOf(shown))) + ".";
            }
            lines.add(line);
        });
        return String.join("\n", lines);
    }

    /** "Schriftelijke vraag nr. 677": how a note names a source in passing. */
    static String shortName(Source s, Phrases p) {
        if (!s.citation().isEmpty()) {
            return s.citation();
        }
        return p.t("source.short", s.kind().in(p.language()), s.number());
    }

    static String source(Source s, String section, Phrases p) {
        if (!s.citation().isEmpty()) {
            return p.t("source.cited", s.citation()); // as the admin wrote it, date and all
        }
        String date = s.date().isEmpty() ? "" : p.t("source.date", LocalDate.parse(s.date()).format(DATES.get(p.language())));
        String asked = s.askedBy().isEmpty() ? "" : p.t("source.askedBy", s.askedBy());
        String line = p.t("source", s.kind().in(p.language()), s.number(), date, asked, s.answeredBy());
        if (!section.isEmpty()) {
            line = line.substring(0, line.length() - 1) + p.t("source.section", section) + ".";
        }
        return line;
    }
}
