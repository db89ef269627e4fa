package be.duaalbot.data;

/**
 * A parliamentary question and answer, or another publication, the figures and explanations
 * come from. {@code citation}, when given (as {@code data import --source} writes it), is how
 * the source is cited, as is; otherwise the citation is made of kind, number, date and names.
 */
public record Source(String id, Localized kind, String number, String date, String askedBy,
                     String answeredBy, String title, String parliament, String url, String citation) {
}
