package be.duaalbot.query;

/** A term found in a question, over tokens {@code start} (inclusive) to {@code end}, with its typo distance. */
record Match(Term term, int start, int end, int edits) {

    Kind kind() {
        return term.kind();
    }

    String key() {
        return term.key();
    }
}
