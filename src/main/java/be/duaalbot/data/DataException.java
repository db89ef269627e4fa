package be.duaalbot.data;

/** A data file that cannot be used; the message names the file, the place in it and the problem. */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String file, String place, String problem) {
        super(file + (place.isEmpty() ? "" : ": " + place) + ": " + problem);
    }
}
