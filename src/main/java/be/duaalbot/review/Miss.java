package be.duaalbot.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A missed question as it is kept: every text already scrubbed ({@link Scrub}); {@code words} the
 * words not known, {@code offered} the names asked back; {@code conversation} a salted hash, only
 * to count distinct askers, or null for a question asked on its own.
 */
record Miss(LocalDate day, String channel, Reason reason, String status, String language, String question, String reading,
            String reply, List<String> words, List<String> offered, String conversation) {
}
