package be.duaalbot.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds school years as people write them: {@code 2022-2023}, {@code 2022/2023},
 * {@code 2022-23}, {@code 22-23}, {@code '22-'23}, {@code 2022 - 2023}, {@code 2022/23},
 * {@code 2022 2023}; and lone calendar years ({@code 2023}). Two numbers that are not
 * consecutive years are no school year ({@code 2020-2023} is two calendar years, a range).
 */
final class SchoolYearRecognizer {
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d.,])'?((?:19|20)?\\d{2})(?:\\s*[-/]\\s*|\\s+(?=(?:19|20)\\d{2}))'?((?:19|20)?\\d{2})(?![\\d%]|[.,]\\d)");
    private static final Pattern SINGLE = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d%]|[.,]\\d)");

    private SchoolYearRecognizer() {
    }

    static List<YearMention> find(String text) {
        List<YearMention> found = new ArrayList<>();
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            int first = fullYear(pair.group(1));
            int second = fullYear(pair.group(2));
            if (first > 0 && second == first + 1) {
                found.add(new YearMention(first, false, pair.group(), pair.start(), pair.end()));
            }
        }
        Matcher single = SINGLE.matcher(text);
        while (single.find()) {
            int start = single.start();
            if (found.stream().noneMatch(y -> start >= y.start() && start < y.end())) {
                found.add(new YearMention(Integer.parseInt(single.group(1)), true, single.group(), start, single.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(YearMention::start));
        return found;
    }

    /** 2022 stays 2022, 22 becomes 2022; anything else is no year (0). */
    private static int fullYear(String digits) {
        if (digits.length() == 2) {
            return 2000 + Integer.parseInt(digits);
        }
        return digits.length() == 4 ? Integer.parseInt(digits) : 0;
    }

    /** The text with every mention blanked out, so that its digits are not read again as words. */
    static String blank(String text, List<YearMention> mentions) {
        StringBuilder out = new StringBuilder(text);
        for (YearMention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
