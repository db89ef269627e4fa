package be.duaalbot.channel.slack;

import be.duaalbot.channel.Admission;
import be.duaalbot.core.AnswerService;
import be.duaalbot.core.ChatTexts;
import be.duaalbot.core.MemoryBudget;
import be.duaalbot.core.RateLimits;
import be.duaalbot.core.OneScreen;
import be.duaalbot.core.Reply;
import be.duaalbot.core.Settings;
import be.duaalbot.data.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Slack handler shares: who is answered (allow-lists, then the rates; a DM needs only
 * its team), the reply on one screen in its conversation, and the bilingual notices (Slack does
 * not tell the bot the asker's language). Nothing of a message is logged.
 */
final class SlackAsk {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAsk.class);

    private final SlackSettings slack;
    private final AnswerService service;
    private final OneScreen oneScreen;
    private final Admission admission;

    SlackAsk(Settings settings, AnswerService service) {
        this.slack = SlackSettings.of(settings);
        this.service = service;
        this.oneScreen = new OneScreen(service.bot());
        MemoryBudget budget = service.budget();
        this.admission = new Admission(SlackChannel.CHANNEL, new RateLimits(settings.rateUserPerMinute(), settings.rateChatPerMinute(),
                budget.bytes(SlackModule.RATE_LIMITS)), budget.idCache(SlackModule.REFUSED));
    }

    Admission.Verdict admit(String team, String channel, String user, boolean direct) {
        boolean allowed = Settings.allowed(slack.allowedTeams(), team)
                && (direct || Settings.allowed(slack.allowedChannels(), channel));
        if (!allowed) {
            LOG.info("slack: refused team {} channel {} (not on the allow-lists)", team, channel);
        }
        return admission.admit(allowed, channel, user, channel);
    }

    Reply reply(String question, String conversation) {
        return oneScreen.reply(service.converse(question, conversation, SlackChannel.CHANNEL));
    }

    /** What to say for a verdict other than an answer, in Dutch and English. */
    String refusal(Admission.Verdict verdict) {
        String key = Admission.textKey(verdict);
        return service.bot().texts().text(Language.NL, key) + " / " + service.bot().texts().text(Language.EN, key);
    }

    /** A text of the chat texts, Dutch then English. */
    /** A chat text in both languages, with the data's words put in (the newest year). */
    String both(String key) {
        var texts = service.bot().texts();
        return texts.words(Language.NL, ChatTexts.get().text(Language.NL, key)) + "\n"
                + texts.words(Language.EN, ChatTexts.get().text(Language.EN, key));
    }

    /** Counts what happened to a message (sent, retried, rate_limited, failed, dropped, refused) for /metrics. */
    void count(String outcome) {
        service.message(SlackChannel.CHANNEL, outcome);
    }

    AnswerService service() {
        return service;
    }
}
