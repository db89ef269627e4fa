package be.duaalbot.query;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * First stage: one spelling for what people write many ways. Lower case (in the root locale,
 * never the JVM's), no accents, one kind of dash and of apostrophe, no control characters,
 * single spaces. Nothing is dropped that a later stage reads: digits, dashes, slashes and
 * apostrophes stay, for school years such as {@code '22-'23}.
 */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201B\\u2032\\u00B4`]");
    /** Soft hyphens and zero-width characters sit inside words pasted from PDFs and pages: they go. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}\\s]+");
    /** Dutch leaves out a shared word part: "oost- en west-vlaanderen" is "oost-vlaanderen en west-vlaanderen". */
    private static final Pattern ELLIPSIS = Pattern.compile("\\b(\\p{L}+)- (en|of|and|or) (\\p{L}+)-(\\p{L}+)");
    /** "oost en west-vlaanderen", "East and West Flanders": the same, written without the first dash. */
    private static final Pattern COMPASS = Pattern.compile("\\b(oost|west|east) (en|of|and|or|&) (oost|west|east)[- ](vlaanderen|flanders)\\b");

    public String normalize(String raw) {
        if (isPlainAscii(raw)) {
            return ascii(raw);
        }
        // dashes and apostrophes first: decomposition would split an acute accent used as one
        String text = DASHES.matcher(raw).replaceAll("-");
        text = QUOTES.matcher(text).replaceAll("'");
        text = FORMAT.matcher(text).replaceAll("");
        text = java.text.Normalizer.normalize(text, Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT);
        text = INVISIBLE.matcher(text).replaceAll(" ");
        text = ELLIPSIS.matcher(text).replaceAll("$1-$4 $2 $3-$4");
        return contractions(compass(text)).strip();
    }

    /** Most questions are plain ASCII text: lower case and single spaces are then all there is to do. */
    private static String ascii(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        String text = out.toString();
        return contractions(compass(text.indexOf("- ") < 0 ? text : ELLIPSIS.matcher(text).replaceAll("$1-$4 $2 $3-$4")));
    }

    /** "won't", "don't": English contractions spelled out, so that "won" is not read as a gain. */
    private static String contractions(String text) {
        if (!text.contains("'t")) {
            return text;
        }
        return text.replace("won't", "will not").replace("can't", "can not").replace("n't", " not");
    }

    private static String compass(String text) {
        boolean flanders = text.contains("vlaanderen") || text.contains("flanders");
        return flanders ? COMPASS.matcher(text).replaceAll("$1-$4 $2 $3-$4") : text;
    }

    private static boolean isPlainAscii(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80 || raw.charAt(i) == '`') {
                return false;
            }
        }
        return true;
    }
}
