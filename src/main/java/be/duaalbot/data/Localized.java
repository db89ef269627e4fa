package be.duaalbot.data;

/** A text in both languages, as the data files give it. */
public record Localized(String nl, String en) {

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }
}
