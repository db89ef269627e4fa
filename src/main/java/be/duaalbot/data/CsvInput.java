package be.duaalbot.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A CSV file as the parser reads it, checked as it streams: strictly UTF-8 (a leading BOM
 * dropped), no more bytes than the limit, and no row longer or with more columns than the limits,
 * each refusal naming its line. A row is counted from line break to line break outside quotes, so a
 * quote that is never closed is refused at the length limit instead of swallowing the file.
 */
final class CsvInput extends Reader {
    /** Why reading stopped, naming the line; an IOException so that it passes through the parser. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final ImportLimits limits;
    private final char delimiter;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean started;
    private boolean eof;
    private boolean flushed;
    private long size;
    private long line = 1;
    private long rowStart = 1;
    private int rowChars;
    private int column;
    private int columns = 1;
    private boolean quoted;

    /** The file, refused at once when it is larger than the limit; {@code delimiter} 0: columns are not counted. */
    static CsvInput open(Path file, ImportLimits limits, char delimiter) throws IOException {
        if (Files.size(file) > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        return new CsvInput(Files.newInputStream(file), limits, delimiter);
    }

    private CsvInput(InputStream in, ImportLimits limits, char delimiter) {
        this.in = in;
        this.limits = limits;
        this.delimiter = delimiter;
    }

    @Override
    public int read(char[] into, int off, int len) throws IOException {
        if (!chars.hasRemaining() && !decode()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        for (int i = 0; i < n; i++) {
            char c = chars.get();
            count(c);
            into[off + i] = c;
        }
        return n;
    }

    private void count(char c) throws Refusal {
        column++;
        if (c == '"') {
            quoted = !quoted; // "" inside a quoted value toggles twice
        } else if (c == '\n') {
            line++;
            column = 0;
            if (!quoted) {
                rowStart = line;
                rowChars = 0;
                columns = 1;
                return;
            }
        } else if (c == delimiter && !quoted && ++columns > limits.maxColumns()) {
            throw new Refusal("line " + rowStart + ": more than " + limits.maxColumns() + " columns (the limit is DUAALBOT_IMPORT_MAX_COLUMNS)");
        }
        if (++rowChars > limits.maxLineChars()) {
            throw new Refusal("line " + rowStart + ": a row longer than " + limits.maxLineChars() + " characters"
                    + (quoted ? " (a quote that is never closed?)" : "") + " (the limit is DUAALBOT_IMPORT_MAX_LINE_CHARS)");
        }
    }

    /** Decodes the next characters into {@code chars}; false at the end of the file. */
    private boolean decode() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                CoderResult result = utf8.decode(bytes, chars, eof);
                if (result.isError() && chars.position() == 0) {
                    throw notUtf8(result.length());
                } else if (result.isError()) {
                    break; // what came before the bad bytes first: the line count then points at them
                } else if (result.isUnderflow() && eof) {
                    utf8.flush(chars);
                    flushed = true;
                } else if (result.isUnderflow()) {
                    fill();
                }
            }
        } finally {
            chars.flip();
        }
        if (!started && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
            chars.get(); // the BOM spreadsheets write
        }
        started = true;
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            size += n;
        }
        bytes.flip();
        if (size > limits.maxBytes()) { // grown since it was opened, or not a regular file
            throw tooLarge(limits);
        }
    }

    private static Refusal tooLarge(ImportLimits limits) {
        return new Refusal("larger than " + limits.maxBytes() / (1024 * 1024) + " MB (the limit is DUAALBOT_IMPORT_MAX_MB)");
    }

    private Refusal notUtf8(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(String.format(Locale.ROOT, " %02X", bytes.get(bytes.position() + i) & 0xff));
        }
        return new Refusal("line " + line + ", column " + (column + 1) + ": not UTF-8 (byte" + (length > 1 ? "s" : "") + hex
                + "); save the file as CSV UTF-8");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
