package be.duaalbot.channel.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import be.duaalbot.answer.AnswerComposer;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.data.Language;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Home tab ({@code views.publish} on {@code app_home_opened}): what the bot knows,
 * example questions, the source and how to add it to a channel; Dutch first, then English,
 * since Slack does not tell the bot the user's language without another scope.
 */
final class AppHome {
    private AppHome() {
    }

    static View view(AnswerComposer texts) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!blocks.isEmpty()) {
                blocks.add(divider());
            }
            blocks.addAll(part(texts, language));
        }
        return View.builder().type("home").blocks(blocks).build();
    }

    private static List<LayoutBlock> part(AnswerComposer texts, Language language) {
        ChatTexts t = ChatTexts.get();
        List<String> examples = new ArrayList<>();
        examples.add(SlackText.escape(texts.text(language, "examples")));
        for (int i = 1; i <= 3; i++) {
            examples.add("\u2022 " + SlackText.escape(texts.text(language, "example." + i)));
        }
        String source = "*" + t.text(language, "home.source") + "*: "
                + SlackText.escape(String.join(" ", texts.sourceLines(language)));
        return List.of(
                header(h -> h.text(plainText(t.text(language, "home.title")))),
                section(s -> s.text(markdownText(SlackText.escape(texts.text(language, "welcome", texts.yearSpan(language)))))),
                section(s -> s.text(markdownText(String.join("\n", examples)))),
                section(s -> s.text(markdownText(SlackText.escape(t.text(language, "home.add"))))),
                context(c -> c.elements(List.of(markdownText(source)))));
    }
}
