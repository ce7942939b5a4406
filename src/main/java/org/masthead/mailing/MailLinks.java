package org.masthead.mailing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.masthead.base.PublicAddress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed links of the mailing list. An unsubscribe token names one subscriber and never
 * expires (an old issue in someone's inbox must still let them leave); a confirmation token names
 * one subscriber and their address and expires. Both are HMAC-SHA256 with a key kept in the
 * database (made on first use), so every node accepts what another signed.
 */
@Component
class MailLinks {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final String baseUrl;
    private volatile byte[] key;

    MailLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
              PublicAddress publicAddress) {
        this.jdbc = jdbc;
        // Its own transaction: on PostgreSQL a refused insert would spoil the caller's.
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.baseUrl = publicAddress.base();
    }

    /** The public page that unsubscribes this subscriber: the visible link and List-Unsubscribe. */
    String unsubscribeUrl(long subscriberId) {
        return baseUrl + "/archive/unsubscribe?t=" + unsubscribeToken(subscriberId);
    }

    /** The public page that confirms this subscriber's sign-up, good until {@code until}. */
    String confirmUrl(long subscriberId, String address, Instant until) {
        return baseUrl + "/archive/subscribe/confirm?t=" + confirmToken(subscriberId, address, until);
    }

    String unsubscribeToken(long subscriberId) {
        String id = Long.toString(subscriberId);
        return id + "." + sign("unsubscribe:" + id);
    }

    /** The subscriber an unsubscribe token names, when its signature holds. */
    Optional<Long> subscriberOfUnsubscribeToken(String token) {
        String[] parts = split(token, 2);
        if (parts == null || !isNumber(parts[0])) {
            return Optional.empty();
        }
        return matches(parts[1], "unsubscribe:" + parts[0]) ? Optional.of(Long.parseLong(parts[0])) : Optional.empty();
    }

    String confirmToken(long subscriberId, String address, Instant until) {
        String id = Long.toString(subscriberId);
        String expires = Long.toString(until.getEpochSecond());
        return id + "." + expires + "." + sign("confirm:" + id + ":" + expires + ":" + Subscriber.keyOf(address));
    }

    /** What a confirmation token says, checked against the subscriber's current address by the caller. */
    Optional<ConfirmToken> readConfirmToken(String token) {
        String[] parts = split(token, 3);
        if (parts == null || !isNumber(parts[0]) || !isNumber(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new ConfirmToken(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])), parts[2]));
    }

    /** A confirmation token's parts, checked with {@link MailLinks#signatureHolds} and {@link MailLinks#expired}. */
    record ConfirmToken(long subscriberId, Instant expires, String signature) {
    }

    boolean signatureHolds(ConfirmToken token, String address) {
        return matches(token.signature(), "confirm:" + token.subscriberId() + ":" + token.expires().getEpochSecond()
                + ":" + Subscriber.keyOf(address));
    }

    boolean expired(ConfirmToken token) {
        return !clock.instant().isBefore(token.expires());
    }

    private static String[] split(String token, int parts) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String[] split = token.split("\\.", -1);
        return split.length == parts ? split : null;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit);
    }

    private boolean matches(String signature, String payload) {
        byte[] given;
        try {
            given = UNB64.decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(payload));
    }

    private String sign(String payload) {
        return B64.encodeToString(mac(payload));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The key, made on first use; when two nodes make one at once, the row that got in wins for both. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        String secret = jdbc.query("select secret from link_keys where id = 1", rs -> rs.next() ? rs.getString(1) : null);
        if (secret == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                apart.executeWithoutResult(tx -> jdbc.update("insert into link_keys (id, secret, created_at) values (1, ?, ?)",
                        Base64.getEncoder().encodeToString(fresh), java.sql.Timestamp.from(clock.instant())));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Fine: read theirs below.
            }
            secret = jdbc.queryForObject("select secret from link_keys where id = 1", String.class);
        }
        key = Base64.getDecoder().decode(secret);
        return key;
    }
}
