package org.masthead.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the app signs a link it hands out to someone without an account (the mailing
 * list's confirmation and unsubscribe links, the preview links of an issue): HMAC-SHA256 with a
 * key kept in the database (made on first use), so every node accepts what another signed, and a
 * constant-time comparison. Each kind of link signs its own payload, starting with its own word
 * ("unsubscribe:", "preview:"), so a signature made for one kind is never good for another.
 */
@Component
public class SignedLinks {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    private final Clock clock;
    private volatile byte[] key;

    SignedLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        // Its own transaction: on PostgreSQL a refused insert would spoil the caller's.
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The payload's signature, URL-safe. */
    public String sign(String payload) {
        return B64.encodeToString(mac(payload));
    }

    /** Whether the signature is the payload's; anything that is not one (cut short, not Base64) is not. */
    public boolean holds(String signature, String payload) {
        if (signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = UNB64.decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(payload));
    }

    /** A fresh random word for a link to name its record by: 128 bits, URL-safe, 22 characters. */
    public static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
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
            RANDOM.nextBytes(fresh);
            try {
                apart.executeWithoutResult(tx -> jdbc.update("insert into link_keys (id, secret, created_at) values (1, ?, ?)",
                        Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant())));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Fine: read theirs below.
            }
            secret = jdbc.queryForObject("select secret from link_keys where id = 1", String.class);
        }
        key = Base64.getDecoder().decode(secret);
        return key;
    }
}
