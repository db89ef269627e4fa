package be.duaalbot.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import be.duaalbot.answer.Figure;
import be.duaalbot.data.Dataset;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file a chat sent, read back with Commons CSV the way a spreadsheet reads it (semicolons,
 * the byte order mark first), held against the answer it came from and the data's cells.
 */
public final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    /** The member's column; school year and value are counted from the end (source and footnotes after them). */
    private static final int MEMBER = 2;

    private CsvRows() {
    }

    /** The records after the header; asserts the byte order mark and the CRLF line ends. */
    public static List<CSVRecord> read(String file) throws IOException {
        assertTrue(file.startsWith("\uFEFF"), "no byte order mark: Excel would not read it as UTF-8");
        assertTrue(file.contains("\r\n"), "lines do not end in CRLF");
        List<CSVRecord> all = FORMAT.parse(new StringReader(file.substring(1))).getRecords();
        return all.subList(1, all.size());
    }

    /** One row per figure of the answer, in order, each member, year and value equal to the data's cell. */
    public static void assertFigures(String file, Answer full, Dataset data) throws IOException {
        List<CSVRecord> rows = read(file);
        assertEquals(full.figures().size(), rows.size(), "one row per figure");
        for (int i = 0; i < rows.size(); i++) {
            Figure f = full.figures().get(i);
            CSVRecord row = rows.get(i);
            int cell = data.table(f.measure(), f.breakdown()).orElseThrow().value(f.member(), f.schoolYear()).getAsInt();
            assertEquals(f.member(), row.get(MEMBER), "the official label");
            assertEquals(f.schoolYear(), row.get(row.size() - 4));
            assertEquals(Integer.toString(cell), row.get(row.size() - 3), "the value of " + f.member() + " " + f.schoolYear());
        }
    }
}
