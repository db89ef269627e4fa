package be.duaalbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON form of an answer, one object on one line, as the evaluation reads it:
 * {@code question, language, status, figures[measure, breakdown, member, schoolYear, value], readAs, text}.
 */
public final class AnswerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {
    }

    /** The answer as one line of JSON, written field by field (no tree in between: this runs per answer). */
    public static String line(Answer a) {
        java.io.StringWriter out = new java.io.StringWriter(512 + a.body().size() * 80);
        try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("question", a.question());
            g.writeStringField("language", a.language().code());
            g.writeStringField("status", a.status().code());
            g.writeArrayFieldStart("figures");
            for (Figure f : a.figures()) {
                g.writeStartObject();
                g.writeStringField("measure", f.measure());
                g.writeStringField("breakdown", f.breakdown());
                g.writeStringField("member", f.member());
                g.writeStringField("schoolYear", f.schoolYear());
                g.writeNumberField("value", f.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("readAs", a.readAs());
            g.writeStringField("text", a.text());
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
        return out.toString();
    }
}
