package be.duaalbot.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Pattern;

/**
 * A JSON data file that does not parse, said in one line an admin can act on: the file, the line
 * and column, and the problem, without the parser's own vocabulary (its source description, its
 * feature names).
 */
final class JsonProblems {
    /** Jackson's description of where a list or object opened: "[Source: ...; line: 2, column: 13]". */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

    private JsonProblems() {
    }

    static DataException of(String file, JsonProcessingException e) {
        var at = e.getLocation();
        String place = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof MismatchedInputException || afterTheDocument(e)) {
            return new DataException(file, place, "not valid JSON: something after the end of the JSON document "
                    + "(a second document, or a stray bracket?); a data file is one JSON object");
        }
        String problem = SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2").replace("`", "'");
        return new DataException(file, place, "not valid JSON: " + problem.replaceAll("\\s+", " "));
    }

    /** The parser stopped at the top level after a whole value: what followed the document is the problem. */
    private static boolean afterTheDocument(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return false;
        }
        JsonStreamContext context = parser.getParsingContext();
        return context != null && context.inRoot() && context.getEntryCount() > 0;
    }
}
