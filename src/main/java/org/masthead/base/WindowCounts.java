package org.masthead.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts counted per subject in fixed windows, in a table of (subject, window_start, attempts):
 * the sign-up form's limits and the "forgot password" form's. Counting and checking are one UPDATE
 * on the subject's row, so parallel requests on any node queue on its lock and never more get
 * through than the limit. Each count is its own transaction: it stands even when the caller then
 * fails or rolls back.
 */
public final class WindowCounts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final String table;

    /** @param table the table's name, a constant of the caller's, never a value from outside */
    public WindowCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, String table) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.table = table;
    }

    /** Counts one attempt of the subject and answers its number in the subject's current window. */
    public int count(String subject, Duration window) {
        Instant now = clock.instant();
        Timestamp windowOver = Timestamp.from(now.minus(window));
        Integer attempts = apart.execute(tx -> counted(subject, now, windowOver));
        if (attempts != null) {
            return attempts;
        }
        try {
            apart.executeWithoutResult(tx -> {
                jdbc.update("delete from " + table + " where window_start <= ?", windowOver);
                jdbc.update("insert into " + table + " (subject, window_start, attempts) values (?, ?, 1)", subject, Timestamp.from(now));
            });
            return 1;
        } catch (DuplicateKeyException anotherRequestWasFirst) {
            return apart.execute(tx -> counted(subject, now, windowOver));
        }
    }

    /** Adds the attempt to the subject's row (a new window when the last one is over); null when it has none. */
    private Integer counted(String subject, Instant now, Timestamp windowOver) {
        int updated = jdbc.update("update " + table + " set "
                        + "attempts = case when window_start <= ? then 1 else attempts + 1 end, "
                        + "window_start = case when window_start <= ? then ? else window_start end where subject = ?",
                windowOver, windowOver, Timestamp.from(now), subject);
        return updated == 0 ? null
                : jdbc.queryForObject("select attempts from " + table + " where subject = ?", Integer.class, subject);
    }

    /** A subject's key for a value that should not be stored as it is (an email address). */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A client's key: its network address, cut to fit. */
    public static String client(String client, int max) {
        String from = client == null || client.isBlank() ? "unknown" : client.strip();
        return "client:" + (from.length() > max ? from.substring(0, max) : from);
    }
}
