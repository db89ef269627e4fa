package be.duaalbot.query;

/**
 * A word of a question that no term covers exactly, and what it is: a filler (a stop word of
 * either language), a number, a typo that was read as a term, an everyday word (a verb, adverb,
 * adjective, function word or month the dictionary knows: how something is asked, never what it
 * is about), or a content word (a noun, a name, a word no dictionary knows) that may name it. {@code asking} is false for words in a preamble ("ik werk bij een federatie:"
 * before the question itself); {@code attached} is true when the word stands next to a name, a
 * measure, a breakdown, "hoeveel" or "in", where it names part of what is asked ("ICT-bedrijven",
 * "in de Kempen", "banken en horeca"). {@code kindRule} and {@code attachRule} name the rules of
 * {@link LeftoverClassifier} that decided (the latter null when the word is not attached): every
 * word of a question is accounted for.
 */
record Leftover(String word, int index, WordClass kind, boolean asking, String kindRule, String attachRule) {

    enum WordClass { FILLER, NUMBER, TYPO, EVERYDAY, CONTENT }

    boolean attached() {
        return attachRule != null;
    }

    boolean isContent() {
        return kind == WordClass.CONTENT;
    }

    /** A word the tables cannot read: content, or an everyday word no term or stop word covers. */
    boolean isUnread() {
        return kind == WordClass.CONTENT || kind == WordClass.EVERYDAY;
    }
}
