package be.duaalbot.review;

import java.util.regex.Pattern;

/**
 * What is left of a user's text before it is kept: no control or format characters, no broken
 * surrogates, and nothing that identifies someone the way a platform does: e-mail addresses,
 * links, @handles, Slack's user and channel references, and runs of seven digits or more (phone
 * numbers, chat ids). School years and counts stay. Capped in length, never inside a character.
 */
final class Scrub {
    /** The most of a question (and of a reading or reply) kept, in characters. */
    static final int MAX = 300;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]+");
    private static final Pattern SLACK = Pattern.compile("<[@#!][^>]*>");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|t\\.me/)\\S*");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_]{2,}");
    private static final Pattern NUMBER = Pattern.compile("\\+?(?<!\\d)\\d(?:[ .\\-/]?\\d){6,}(?!\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Scrub() {
    }

    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String s = INVISIBLE.matcher(raw).replaceAll(" ");
        s = SLACK.matcher(s).replaceAll(" ");
        s = EMAIL.matcher(s).replaceAll("[e-mail]");
        s = LINK.matcher(s).replaceAll("[link]");
        s = HANDLE.matcher(s).replaceAll("@\u2026");
        s = NUMBER.matcher(s).replaceAll(m -> schoolYears(m.group()) ? m.group() : "[nummer]");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return cap(s);
    }

    /** "2019-2020 2022-2023" has as many digits as a phone number, but is years: 19xx or 20xx, each maybe with "-23". */
    private static boolean schoolYears(String digits) {
        String[] parts = digits.split("[ .\\-/]");
        for (int i = 0; i < parts.length; i++) {
            boolean year = parts[i].length() == 4 && (parts[i].startsWith("19") || parts[i].startsWith("20"));
            boolean shortYear = parts[i].length() == 2 && i > 0 && parts[i - 1].length() == 4;
            if (!year && !shortYear) {
                return false;
            }
        }
        return true;
    }

    private static String cap(String s) {
        if (s.codePointCount(0, s.length()) <= MAX) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX - 1)) + "\u2026";
    }
}
