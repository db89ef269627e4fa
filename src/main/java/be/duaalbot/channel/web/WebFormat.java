package be.duaalbot.channel.web;

import be.duaalbot.answer.Answer;
import be.duaalbot.channel.http.Gate;
import be.duaalbot.chart.ChartRenderer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.core.OneScreen;
import be.duaalbot.core.Reply;
import be.duaalbot.data.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * The page's answer as JSON: the short answer's parts (read-as line, body, one caveat line, the
 * source), the footnotes in full for one click, the full body when the short one left rows out
 * ("Toon alles"), the next questions as buttons, the chart as a data URL and the figures as CSV,
 * and the page's own labels in the answer's language. The page inserts every string as text.
 */
final class WebFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The page's labels, from the chat texts ({@code web.*} keys). */
    private static final List<String> LABELS = List.of("all", "csv", "footnotes", "link", "chart", "question", "ask", "you", "busy", "failed");

    private final DuaalBot bot;
    private final boolean charts;
    private final ChartRenderer renderer = new ChartRenderer();

    WebFormat(DuaalBot bot, boolean charts) {
        this.bot = bot;
        this.charts = charts;
    }

    String json(Reply reply, Gate gate) {
        Answer shown = reply.shown();
        Answer full = reply.full();
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("question", full.question());
            g.writeStringField("language", full.language().code());
            g.writeStringField("status", full.status().code());
            g.writeStringField("readAs", shown.readAs());
            strings(g, "body", shown.body());
            g.writeStringField("caveat", OneScreen.caveatLine(full));
            strings(g, "footnotes", full.footnotes());
            g.writeStringField("source", full.source());
            strings(g, "suggestions", full.suggestions());
            strings(g, "all", reply.shortened() ? full.body() : List.of());
            g.writeNumberField("figures", full.figures().size());
            g.writeStringField("csv", full.figures().isEmpty() ? "" : bot.texts().csv(full));
            g.writeStringField("chart", chart(full, gate));
            g.writeObjectFieldStart("labels");
            for (String label : LABELS) {
                g.writeStringField(label, ChatTexts.get().text(full.language(), "web." + label));
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The chart as a PNG data URL, or empty when there is none, charts are off or every render slot is taken. */
    private String chart(Answer answer, Gate gate) {
        if (!charts || answer.chart().isEmpty()) {
            return "";
        }
        Language language = answer.language();
        return gate.render(() -> renderer.png(answer.chart().get(), language.locale()))
                .map(png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png)).orElse("");
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
