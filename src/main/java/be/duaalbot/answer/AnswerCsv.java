package be.duaalbot.answer;

import be.duaalbot.data.Footnote;
import be.duaalbot.data.Source;
import be.duaalbot.data.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An answer's figures as CSV, one row per figure: measure, breakdown, member, school year, value,
 * source, footnotes; in a language the data glosses members in (English), the member's gloss after
 * its official label, in a column of its own, so the label stays a key to join on. For spreadsheets set to Dutch (Belgium): semicolons between fields (the list
 * separator of that locale, so Excel splits the columns on opening; LibreOffice detects it), CRLF
 * line ends and quotes as RFC 4180 has them; UTF-8 with a byte order mark is the caller's part of
 * the file ({@link #BOM}), so Excel reads "Vlaams-Brabant" and "•" right. Values are whole numbers:
 * no decimal separator to disagree about.
 */
final class AnswerCsv {
    /** Excel takes a CSV for UTF-8 only with this mark in front; LibreOffice and CSV parsers skip it. */
    static final String BOM = "\uFEFF";
    private static final int SLUG = 48;
    /** Where the member's gloss goes: right after the member's official label. */
    private static final int GLOSS_COLUMN = 3;
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private AnswerCsv() {
    }

    static String write(Answer answer, Phrases p) {
        StringWriter out = new StringWriter(256 + 160 * answer.figures().size());
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            boolean glossed = p.data().glosses().any(p.language());
            List<Object> header = new ArrayList<>(List.of(p.t("csv.header").split(";", -1)));
            if (glossed) {
                header.add(GLOSS_COLUMN, p.t("csv.memberGloss"));
            }
            csv.printRecord(header);
            for (Figure f : answer.figures()) {
                Optional<Table> table = p.data().table(f.measure(), f.breakdown());
                List<Object> record = new ArrayList<>(List.of(cell(p.measure(f.measure())), cell(p.breakdown(f.breakdown(), false)),
                        cell(f.member()), f.schoolYear(), f.value(), cell(table.map(t -> source(t, f, p)).orElse("")),
                        cell(table.map(t -> footnotes(t, f, p)).orElse(""))));
                if (glossed) {
                    record.add(GLOSS_COLUMN, cell(p.data().glosses().of(f.member(), p.language()).orElse("")));
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The source of this very cell (a newer source may have revised some cells of a table). */
    private static String source(Table table, Figure f, Phrases p) {
        Source s = p.data().sources().get(table.origin(f.member(), f.schoolYear()).source());
        return s == null ? "" : Provenance.source(s, "", p);
    }

    private static String footnotes(Table table, Figure f, Phrases p) {
        List<String> notes = new ArrayList<>();
        for (Footnote n : table.footnotesFor(f.member(), f.schoolYear())) {
            notes.add((n.marker().isEmpty() ? "\u2022" : n.marker()) + " " + n.text().in(p.language()));
        }
        return String.join(" ", notes);
    }

    /**
     * {@code duaalbot-<slug>.csv}: the question's letters and digits without accents, lower case,
     * joined by hyphens and cut to 48 characters, so the name is safe on every file system.
     */
    static String fileName(String question) {
        String plain = java.text.Normalizer.normalize(question == null ? "" : question, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > SLUG ? slug.substring(0, SLUG).replaceAll("-+$", "") : slug;
        return "duaalbot" + (slug.isEmpty() ? "" : "-" + slug) + ".csv";
    }

    /** A text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text by a leading quote. */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
