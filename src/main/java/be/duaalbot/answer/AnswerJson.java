package be.duaalbot.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an answer, one object on one line, as the evaluation reads it:
 * {@code question, language, status, figures[measure, breakdown, member, schoolYear, value], readAs, text}.
 */
public final class AnswerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode tree(Answer a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", a.question());
        root.put("language", a.language().code());
        root.put("status", a.status().code());
        ArrayNode figures = root.putArray("figures");
        for (Figure f : a.figures()) {
            figures.addObject().put("measure", f.measure()).put("breakdown", f.breakdown()).put("member", f.member())
                    .put("schoolYear", f.schoolYear()).put("value", f.value());
        }
        root.put("readAs", a.readAs());
        root.put("text", a.text());
        return root;
    }

    public static String line(Answer a) {
        try {
            return MAPPER.writeValueAsString(tree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
