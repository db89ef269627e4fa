package be.duaalbot.channel.telegram;

import be.duaalbot.channel.delivery.Failure;
import be.duaalbot.channel.delivery.SentMark;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a failed Bot API call means for its message. An error the API answered with says the
 * message was not taken: 429 with its {@code retry_after}, 5xx to try again, any other refused for
 * good. No answer at all is "not taken" when nothing was sent, and "unsure" when the request went
 * out (a timeout, a reset), as is a 200 whose body is no API answer (error pages of other
 * statuses are made API errors by {@link ErrorPages}).
 */
final class TelegramFailures {
    private TelegramFailures() {
    }

    static Failure classify(Exception e) {
        if (e instanceof TelegramApiRequestException answered) {
            return answered(answered);
        }
        if (e instanceof TelegramApiValidationException) {
            return Failure.refused();
        }
        Throwable cause = e instanceof TelegramApiException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SentMark.MaybeDelivered || cause instanceof TimeoutException) {
            return Failure.unsure();
        }
        return cause instanceof IOException ? Failure.notTaken() : Failure.refused();
    }

    private static Failure answered(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code == null || code == 0) {
            return Failure.unsure();
        }
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return Failure.rateLimited(Duration.ofSeconds(after == null ? 1 : Math.max(0, after)));
        }
        return code >= 500 ? Failure.notTaken() : Failure.refused();
    }
}
