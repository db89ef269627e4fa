package be.duaalbot.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: runs of letters or digits; a per-cent sign and a plus sign
 * are words of their own ("bouw + hout"). Everything else separates words, so {@code w-vl} and
 * {@code w vl} read alike. It can also say which clause each word is in: a clause ends at
 * {@code . : ; ? !} before a space or the end, or at a dash between spaces ("ik schrijf een nota: hoeveel ...").
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        return tokens(text, new ArrayList<>());
    }

    /** The words, with each word's clause number (from 0) added to {@code clauses}. */
    static List<String> tokens(String text, List<Integer> clauses) {
        return tokens(text, clauses, new ArrayList<>());
    }

    /**
     * The words, with each word's clause number added to {@code clauses} and the number of the
     * bracket it stands in ("(zelfstandige kleinhandel)": from 1; 0 outside any) to {@code brackets}.
     */
    static List<String> tokens(String text, List<Integer> clauses, List<Integer> brackets) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int clause = 0;
        int opened = 0;
        int bracket = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            flush(word, out, clauses, clause);
            fill(brackets, out.size(), bracket);
            if (c == '(' || c == ')') {
                bracket = c == '(' ? ++opened : 0;
            } else if (c == '%' || c == '+') {
                out.add(String.valueOf(c));
                clauses.add(clause);
                brackets.add(bracket);
            } else if (".:;?!".indexOf(c) >= 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ') || isDash(text, i)) {
                clause++;
            }
        }
        flush(word, out, clauses, clause);
        fill(brackets, out.size(), bracket);
        return out;
    }

    private static void fill(List<Integer> brackets, int words, int bracket) {
        while (brackets.size() < words) {
            brackets.add(bracket);
        }
    }

    /** A dash between spaces ("in Hasselt - hoeveel ...") ends a clause; one inside a word ("w-vl") does not. */
    private static boolean isDash(String text, int i) {
        return text.charAt(i) == '-' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    private static void flush(StringBuilder word, List<String> out, List<Integer> clauses, int clause) {
        if (word.length() > 0) {
            out.add(word.toString());
            clauses.add(clause);
            word.setLength(0);
        }
    }
}
