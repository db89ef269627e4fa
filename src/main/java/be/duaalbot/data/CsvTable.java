package be.duaalbot.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV as spreadsheets export it: UTF-8 with or without BOM, comma or semicolon (whichever the
 * header has more of), a header of a first cell and school years ({@code 2023-2024},
 * {@code 2023/24}, {@code 23-24}), then one row per label with a whole, non-negative number per
 * year. Read as it streams, within the {@link ImportLimits}; every problem names the file, the
 * line and the label, up to the limit of problems.
 */
record CsvTable(List<String> schoolYears, List<CsvTable.Line> lines) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|\\d{2})\\s*[-/\u2013]\\s*(\\d{4}|\\d{2})");

    /** A row of the file: its line number, label, values and the member the label names. */
    record Line(long number, String label, List<Integer> values, String member) {
    }

    /** The member a row's label names, or a {@link DataException} naming the line and the label. */
    interface Members {
        String of(long line, String label);
    }

    static CsvTable read(Path file, ImportLimits limits, Members members) {
        Problems problems = new Problems(file.toString(), limits.maxProblems());
        List<String> years = List.of();
        List<Line> lines = new ArrayList<>();
        try {
            char delimiter = delimiter(file, limits);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(CsvInput.open(file, limits, delimiter), format)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new DataException(file.toString(), "line 1", "empty file: expected a header of a label column and school years");
                }
                years = years(file, records.next());
                rows(file, parser, new Rows(limits, years.size(), members, problems, lines));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.stop("", reason(e));
        }
        problems.refuseAny();
        return new CsvTable(years, lines);
    }

    /** What the rows are read into: the lines, or the problems. */
    private record Rows(ImportLimits limits, int years, Members members, Problems problems, List<Line> lines) {
    }

    /** The rows after the header, until the end, the row limit or the problem limit. */
    private static void rows(Path file, CSVParser parser, Rows into) {
        for (Iterator<CSVRecord> records = parser.iterator(); !into.problems().full() && records.hasNext(); ) {
            CSVRecord r = records.next();
            if (r.getRecordNumber() > into.limits().maxRows() + 1L) { // the header is a record too
                into.problems().stop("line " + parser.getCurrentLineNumber(),
                        "more than " + into.limits().maxRows() + " rows (the limit is DUAALBOT_IMPORT_MAX_ROWS)");
                return;
            }
            try {
                into.lines().add(line(file, r, parser.getCurrentLineNumber(), into.years(), into.members()));
            } catch (DataException e) {
                into.problems().add(e.getMessage()); // every bad line is named at once, not one per run
            }
        }
    }

    /** Semicolon when the header has more semicolons than commas; the header alone is read for it. */
    private static char delimiter(Path file, ImportLimits limits) throws IOException {
        long commas = 0;
        long semicolons = 0;
        try (Reader in = CsvInput.open(file, limits, (char) 0)) {
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** What stopped the reading: a limit or bad bytes (said by the input, naming the line), or the parser's reason. */
    private static String reason(Exception e) {
        Throwable t = e;
        while (!(t instanceof CsvInput.Refusal) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof CsvInput.Refusal ? t.getMessage() : "not valid CSV: " + t.getMessage();
    }

    private static List<String> years(Path file, CSVRecord header) {
        List<String> years = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            String year = schoolYear(header.get(i));
            if (year == null) {
                throw new DataException(file.toString(), "line 1, column " + (i + 1), "'" + shown(header.get(i)) + "' is not a school year such as 2023-2024");
            }
            if (years.contains(year)) {
                throw new DataException(file.toString(), "line 1, column " + (i + 1), "school year " + year + " appears twice");
            }
            years.add(year);
        }
        if (years.isEmpty()) {
            throw new DataException(file.toString(), "line 1", "no school-year columns after the label column");
        }
        return years;
    }

    /** "2023-2024", "2023/24", "23-24" as "2023-2024"; null when it is not a school year. */
    static String schoolYear(String text) {
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        start = start < 100 ? 2000 + start : start;
        int end = Integer.parseInt(m.group(2));
        end = end < 100 ? start / 100 * 100 + end : end;
        return end == start + 1 ? start + "-" + end : null;
    }

    private static Line line(Path file, CSVRecord r, long number, int years, Members members) {
        String label = r.get(0);
        String place = "line " + number + ", '" + shown(label) + "'";
        if (label.isEmpty()) {
            throw new DataException(file.toString(), "line " + number, "no label in the first column");
        }
        if (r.size() != years + 1) {
            throw new DataException(file.toString(), place, (r.size() - 1) + " values for " + years + " school years");
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i < r.size(); i++) {
            values.add(count(file, place, r.get(i)));
        }
        return new Line(number, label, values, members.of(number, label));
    }

    private static int count(Path file, String place, String cell) {
        if (!cell.matches("-?\\d+")) {
            throw new DataException(file.toString(), place, "'" + shown(cell) + "' is not a whole number");
        }
        if (cell.startsWith("-")) {
            throw new DataException(file.toString(), place, shown(cell) + " is negative");
        }
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new DataException(file.toString(), place, shown(cell) + " is too large: a count is at most " + Integer.MAX_VALUE);
        }
    }

    /** A label or cell as a message shows it: a long one cut, so a problem stays one readable line. */
    static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
