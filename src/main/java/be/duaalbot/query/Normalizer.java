package be.duaalbot.query;

import be.duaalbot.data.Dataset;
import be.duaalbot.data.Lexicon;
import be.duaalbot.data.WordClass;
import java.text.Normalizer.Form;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * First stage: one spelling for what people write many ways. Lower case (in the root locale,
 * never the JVM's), no accents, one kind of dash and of apostrophe, no control characters,
 * single spaces. Nothing is dropped that a later stage reads: digits, dashes, slashes and
 * apostrophes stay, for school years such as {@code '22-'23}. Built on a dataset, it also
 * rewrites what the lexicons' word classes say: a shared word part left out ("oost- en
 * west-vlaanderen", with the joining words), the provinces written with one dash for two
 * ("oost en west-vlaanderen", with the compass words and their region) and contractions spelled
 * out ("won't": "will not").
 */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201B\\u2032\\u00B4`]");
    /** Soft hyphens and zero-width characters sit inside words pasted from PDFs and pages: they go. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}\\s]+");
    /** Dutch leaves out a shared word part: "oost- en west-vlaanderen" is "oost-vlaanderen en west-vlaanderen". */
    private final Pattern ellipsis;
    /** "oost en west-vlaanderen", "East and West Flanders": the same, written without the first dash. */
    private final Pattern compass;
    /** Contractions and what they spell out, in the lexicons' order ("won't" before "n't"). */
    private final Map<String, String> contractions = new LinkedHashMap<>();
    /** Chat abbreviations, a whole word with or without its full stop ("gem."), and what they spell out. */
    private final Map<String, String> abbreviations = new java.util.HashMap<>();
    private final Pattern abbreviated;
    /** The regions of the compass words: the pattern only runs on a question that names one. */
    private final List<String> regions;

    /** Spelling only: case, accents, dashes, apostrophes, spaces (for the lexicons' own words). */
    public Normalizer() {
        this.ellipsis = null;
        this.compass = null;
        this.regions = List.of();
        this.abbreviated = null;
    }

    /** Spelling, and the rewrites the dataset's word classes give (for questions). */
    Normalizer(Dataset data) {
        Map<WordClass, List<String>> words = new java.util.EnumMap<>(WordClass.class);
        for (Lexicon lexicon : data.lexicons().values()) {
            lexicon.classes().forEach((c, list) -> words.computeIfAbsent(c, k -> new java.util.ArrayList<>()).addAll(list));
        }
        String joining = alternatives(words, WordClass.JOINING);
        String points = alternatives(words, WordClass.COMPASS);
        this.ellipsis = Pattern.compile("\\b(\\p{L}+)- (" + joining + ") (\\p{L}+)-(\\p{L}+)");
        this.compass = Pattern.compile("\\b(" + points + ") (" + joining + ") (" + points + ")[- ]("
                + alternatives(words, WordClass.COMPASS_REGIONS) + ")\\b");
        this.regions = words.getOrDefault(WordClass.COMPASS_REGIONS, List.of()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (String entry : words.getOrDefault(WordClass.CONTRACTIONS, List.of())) {
            int eq = entry.indexOf('=');
            contractions.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        for (String entry : words.getOrDefault(WordClass.ABBREVIATIONS, List.of())) {
            int eq = entry.indexOf('=');
            abbreviations.put(entry.substring(0, eq).toLowerCase(Locale.ROOT), entry.substring(eq + 1));
        }
        this.abbreviated = abbreviations.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d.'-])("
                + abbreviations.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.?(?![\\p{L}\\d'-])");
    }

    private static String alternatives(Map<WordClass, List<String>> words, WordClass c) {
        List<String> list = words.getOrDefault(c, List.of());
        return list.isEmpty() ? "(?!)" : list.stream().map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT))).collect(Collectors.joining("|"));
    }

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
        text = ellipsis == null ? text : ellipsis.matcher(text).replaceAll("$1-$4 $2 $3-$4");
        return abbreviations(contractions(compass(text))).strip();
    }

    /** Most questions are plain ASCII text: lower case and single spaces are then all there is to do. */
    private String ascii(String raw) {
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
        boolean elided = ellipsis != null && text.indexOf("- ") >= 0;
        return abbreviations(contractions(compass(elided ? ellipsis.matcher(text).replaceAll("$1-$4 $2 $3-$4") : text)));
    }

    /** "vr", "vd", "gem.": chat abbreviations spelled out, so that each is read as the word it stands for. */
    private String abbreviations(String text) {
        if (abbreviated == null) {
            return text;
        }
        return abbreviated.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(abbreviations.get(m.group(1))));
    }

    /** "won't", "don't": English contractions spelled out, so that "won" is not read as a gain. */
    private String contractions(String text) {
        if (contractions.isEmpty() || text.indexOf('\'') < 0) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> c : contractions.entrySet()) {
            out = out.replace(c.getKey(), c.getValue());
        }
        return out;
    }

    private String compass(String text) {
        boolean region = false;
        for (String r : regions) {
            region |= text.contains(r);
        }
        return region ? compass.matcher(text).replaceAll("$1-$4 $2 $3-$4") : text;
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
