package be.duaalbot.answer;

import be.duaalbot.data.Language;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.Map;

/**
 * Numbers as a language writes them, {@code 1.228} and {@code 16,3} in Dutch, {@code 1,228} and
 * {@code 16.3} in English, with the separators of the language's locale (never the JVM's), read
 * once. Formatting by hand keeps a reply free of a NumberFormat per call, which is costly to make
 * and not thread-safe to share. Per cents round half up to one decimal.
 */
final class Numbers {
    private static final Map<Language, char[]> SEPARATORS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
            SEPARATORS.put(language, new char[] {symbols.getGroupingSeparator(), symbols.getDecimalSeparator()});
        }
    }

    private Numbers() {
    }

    static String integer(long value, Language language) {
        StringBuilder out = new StringBuilder(16);
        appendGrouped(out, value, SEPARATORS.get(language)[0]);
        return out.toString();
    }

    static String oneDecimal(double value, Language language) {
        long tenths = Math.round(Math.abs(value) * 10);
        StringBuilder out = new StringBuilder(16);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        appendGrouped(out, tenths / 10, SEPARATORS.get(language)[0]);
        return out.append(SEPARATORS.get(language)[1]).append(tenths % 10).toString();
    }

    /**
     * Up to two decimals, trailing zeros dropped: 472,4 and 1010,75 and 1.500 (a computed mean or
     * ratio, said exactly enough). A number with decimals is not grouped: "1.010,75" would mix both
     * separators, which readers (and parsers) of the other language take for another number.
     */
    static String decimals(double value, Language language) {
        long hundredths = Math.round(Math.abs(value) * 100);
        StringBuilder out = new StringBuilder(16);
        if (value < 0 && hundredths != 0) {
            out.append('-');
        }
        long rest = hundredths % 100;
        if (rest == 0) {
            appendGrouped(out, hundredths / 100, SEPARATORS.get(language)[0]);
        } else {
            out.append(hundredths / 100);
        }
        if (rest != 0) {
            out.append(SEPARATORS.get(language)[1]).append(rest / 10);
            if (rest % 10 != 0) {
                out.append(rest % 10);
            }
        }
        return out.toString();
    }

    private static void appendGrouped(StringBuilder out, long value, char separator) {
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        String digits = Long.toString(value);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
    }
}
