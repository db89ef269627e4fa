package be.duaalbot.channel.telegram;

import be.duaalbot.answer.Answer;
import be.duaalbot.core.OneScreen;
import be.duaalbot.data.Language;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline mode ({@code @bot horeca 2022-2023} in any chat): the short answer as an article result,
 * the message it sends citing its source; an empty query offers the example questions, answered.
 * Answers of the same question are the same for everyone, so Telegram may cache them five minutes.
 */
final class InlineAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(InlineAnswers.class);
    private static final int CACHE_SECONDS = 300;

    private final TelegramReplies replies;
    private final OkHttpTelegramClient client;
    private final OneScreen oneScreen;

    InlineAnswers(TelegramReplies replies, OkHttpTelegramClient client) {
        this.replies = replies;
        this.client = client;
        this.oneScreen = replies.oneScreen();
    }

    void answer(InlineQuery query) {
        String text = query.getQuery() == null ? "" : query.getQuery().strip();
        Language language = Language.fromCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode());
        List<String> questions = text.isEmpty() ? replies.examples(language) : List.of(text);
        List<InlineQueryResult> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            results.add(article(i, oneScreen.reply(replies.ask(questions.get(i))).shown()));
        }
        try {
            client.execute(AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results)
                    .cacheTime(CACHE_SECONDS).isPersonal(false).build());
        } catch (Exception e) {
            LOG.warn("telegram: answerInlineQuery failed ({})", e.getClass().getSimpleName());
        }
    }

    private InlineQueryResultArticle article(int index, Answer shown) {
        String title = shown.readAs().isEmpty() ? replies.chatText(shown.language(), "inline.title") : shown.readAs();
        String description = shown.body().isEmpty() ? "" : shown.body().get(0);
        String html = String.join("\n", HtmlFormat.messages(shown));
        return InlineQueryResultArticle.builder().id("r" + index + "-" + Integer.toHexString(shown.question().hashCode()))
                .title(OneScreen.cut(title, 100)).description(OneScreen.cut(description, 200))
                .inputMessageContent(InputTextMessageContent.builder().messageText(html.length() > HtmlFormat.MAX_MESSAGE
                        ? HtmlFormat.messages(shown).get(0) : html).parseMode("HTML").build()).build();
    }
}
