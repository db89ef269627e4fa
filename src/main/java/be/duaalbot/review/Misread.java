package be.duaalbot.review;

import be.duaalbot.answer.Status;
import be.duaalbot.core.Asked;
import be.duaalbot.core.DuaalBot;
import be.duaalbot.query.Query;
import java.util.List;
import java.util.Optional;

/**
 * Whether an answered question was missed, and why: read again on its own (off the answering
 * thread) to find the words the bot did not know. Not kept: answers with figures, small talk,
 * empty and over-long questions, and no-data answers whose words were all known (a year or a
 * name outside the tables: the bot knew and said so).
 */
final class Misread {
    /** Why, and for an unknown word: the words and the names asked back. */
    record Found(Reason reason, List<String> words, List<String> offered) {
    }

    private Misread() {
    }

    static Optional<Found> of(Asked asked, DuaalBot bot) {
        if (asked.status() == Status.ANSWERED || asked.question().length() > DuaalBot.MAX_QUESTION_LENGTH
                || asked.question().codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<Found> found = bot.read(asked.question()).query().accept(new Kinds());
        // a no-data answer is a miss only for a word not known; a name outside the tables was known
        return found.filter(f -> f.reason() != Reason.NOT_UNDERSTOOD || asked.status() == Status.NOT_UNDERSTOOD);
    }

    /**
     * An unknown word (asked back or not), small talk (no miss), and anything else: not understood
     * when the answer said so (a follow-up read on its own may look like something else).
     */
    private static final class Kinds implements Query.Visitor<Optional<Found>> {
        private static final Optional<Found> NOTHING = Optional.of(new Found(Reason.NOT_UNDERSTOOD, List.of(), List.of()));

        @Override
        public Optional<Found> unknown(Query.Unknown q) {
            return Optional.of(new Found(q.near().isEmpty() ? Reason.UNKNOWN_WORD : Reason.ASK_BACK, q.words(), q.near()));
        }

        @Override
        public Optional<Found> notUnderstood(Query.NotUnderstood q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> smallTalk(Query.SmallTalk q) {
            return Optional.empty();
        }

        @Override
        public Optional<Found> lookup(Query.Lookup q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> ranking(Query.Ranking q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> years(Query.YearRanking q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> change(Query.Change q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> movers(Query.Movers q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> share(Query.Share q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> conversion(Query.Conversion q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> ratio(Query.Ratio q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> average(Query.Average q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> unsupported(Query.Unsupported q) {
            // "gemiddelde duur": the words it does not know may name what the operation was of
            return q.words().isEmpty() ? NOTHING : Optional.of(new Found(Reason.UNKNOWN_WORD, q.words(), List.of()));
        }

        @Override
        public Optional<Found> explain(Query.Explain q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> outside(Query.Outside q) {
            return NOTHING;
        }

        @Override
        public Optional<Found> crossing(Query.Crossing q) {
            return NOTHING;
        }
    }
}
