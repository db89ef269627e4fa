package be.duaalbot.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * year. Every problem names the file, the line and the label.
 */
record CsvTable(List<String> schoolYears, List<CsvTable.Line> lines, List<String> problems) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|\\d{2})\\s*[-/\u2013]\\s*(\\d{4}|\\d{2})");

    /** A row of the file: its line number, label and values. */
    record Line(long number, String label, List<Integer> values) {
    }

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(file.toString(), "", "cannot read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new DataException(file.toString(), "line 1", "empty file: expected a header of a label column and school years");
            }
            List<String> years = years(file, records.get(0));
            List<Line> lines = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                try {
                    lines.add(line(file, r, years.size()));
                } catch (DataException e) {
                    problems.add(e.getMessage()); // every bad line is named at once, not one per run
                }
            }
            return new CsvTable(years, lines, problems);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new DataException(file.toString(), "", "not valid CSV: " + e.getMessage());
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static List<String> years(Path file, CSVRecord header) {
        List<String> years = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            String year = schoolYear(header.get(i));
            if (year == null) {
                throw new DataException(file.toString(), "line 1, column " + (i + 1), "'" + header.get(i) + "' is not a school year such as 2023-2024");
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

    private static Line line(Path file, CSVRecord r, int years) {
        long number = r.getRecordNumber();
        String label = r.get(0);
        String place = "line " + number + ", '" + label + "'";
        if (label.isEmpty()) {
            throw new DataException(file.toString(), "line " + number, "no label in the first column");
        }
        if (r.size() != years + 1) {
            throw new DataException(file.toString(), place, (r.size() - 1) + " values for " + years + " school years");
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i < r.size(); i++) {
            String cell = r.get(i);
            if (!cell.matches("-?\\d+")) {
                throw new DataException(file.toString(), place, "'" + cell + "' is not a whole number");
            }
            if (cell.startsWith("-")) {
                throw new DataException(file.toString(), place, cell + " is negative");
            }
            values.add(Integer.valueOf(cell));
        }
        return new Line(number, label, values);
    }
}
