package be.duaalbot.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A conversation's key ({@code telegram:<chat id>}, {@code http:<conversation>}) as a salted
 * hash (HMAC-SHA256, 64 bits kept), only so that distinct askers can be counted. The salt is
 * random, held in memory only and replaced every day (UTC) and at every start: nobody holding
 * the database, not even with this code, can tell which chat a hash stands for, nor link one
 * day's hashes to another's. The price: someone asking on two days counts twice.
 */
final class Hasher {
    private final SecureRandom random = new SecureRandom();
    private Mac mac;
    private LocalDate day;

    String hash(String conversation, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (!today.equals(day)) {
            mac = newMac();
            day = today;
        }
        byte[] digest = mac.doFinal(conversation.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private Mac newMac() {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(salt, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }
}
