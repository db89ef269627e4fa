/**
 * Learning from use (issue 24): the questions the bot missed, kept without any identifier of who
 * asked ({@link Recorder}, {@link MissStore}), reviewed ({@link Review}) and taught back as local
 * lexicon entries ({@link Teacher}). It sits between the channels and core: the command line and
 * {@code serve} use it; it uses core (the answers it is told of, the bot to re-read a question),
 * query (how a question was read) and data (the overlay); core knows it only as an
 * {@link be.duaalbot.core.AnswerListener}.
 */
package be.duaalbot.review;
