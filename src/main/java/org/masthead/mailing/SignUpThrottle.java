package org.masthead.mailing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-ups per client and per address in fixed windows, in the database. Counting and
 * checking are one UPDATE on the subject's row, so parallel requests on any node queue on its lock
 * and never more get through than the limit. Each count is its own transaction: it stands even
 * when the sign-up then fails.
 */
@Component
class SignUpThrottle {

    private static final int CLIENT_MAX = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final SignUpLimits limits;

    SignUpThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, SignUpLimits limits) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Counts one sign-up of the address from the client; false when either is over its limit.
     * A client over its limit does not use up the address's attempts.
     */
    boolean allow(String addressKey, String client) {
        String from = client == null || client.isBlank() ? "unknown" : client.strip();
        if (count("client:" + (from.length() > CLIENT_MAX ? from.substring(0, CLIENT_MAX) : from)) > limits.perClient()) {
            return false;
        }
        return count("address:" + sha256(addressKey)) <= limits.perAddress();
    }

    /** This attempt's number in the subject's current window. */
    private int count(String subject) {
        Instant now = clock.instant();
        Timestamp windowOver = Timestamp.from(now.minus(limits.window()));
        Integer attempts = apart.execute(tx -> counted(subject, now, windowOver));
        if (attempts != null) {
            return attempts;
        }
        try {
            apart.executeWithoutResult(tx -> {
                jdbc.update("delete from sign_up_attempts where window_start <= ?", windowOver);
                jdbc.update("insert into sign_up_attempts (subject, window_start, attempts) values (?, ?, 1)", subject, Timestamp.from(now));
            });
            return 1;
        } catch (DuplicateKeyException anotherRequestWasFirst) {
            return apart.execute(tx -> counted(subject, now, windowOver));
        }
    }

    /** Adds the attempt to the subject's row (a new window when the last one is over); null when it has none. */
    private Integer counted(String subject, Instant now, Timestamp windowOver) {
        int updated = jdbc.update("update sign_up_attempts set "
                + "attempts = case when window_start <= ? then 1 else attempts + 1 end, "
                + "window_start = case when window_start <= ? then ? else window_start end where subject = ?",
                windowOver, windowOver, Timestamp.from(now), subject);
        return updated == 0 ? null
                : jdbc.queryForObject("select attempts from sign_up_attempts where subject = ?", Integer.class, subject);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
