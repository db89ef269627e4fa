package be.duaalbot.data;

/** A parliamentary question and answer the figures and explanations come from. */
public record Source(String id, Localized kind, String number, String date, String askedBy,
                     String answeredBy, String title, String parliament, String url) {
}
