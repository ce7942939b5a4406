package org.masthead.mailing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification_mails table. As with deliveries, every change of status is a conditional update
 * on the status it expects, so two senders (threads or nodes) can never both move the same row.
 */
@Component
class NotificationOutbox {

    private final JdbcTemplate jdbc;

    NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued notification mail claimed by one sender. */
    record Due(long id, String recipient, String subject, String body, int attempts, Instant queuedAt) {
    }

    int insert(List<String> addresses, String subject, String body, Instant at) {
        Timestamp now = Timestamp.from(at);
        return jdbc.batchUpdate("insert into notification_mails (recipient, subject, body, queued_at, status, attempts, "
                        + "next_attempt_at) values (?, ?, ?, ?, 'QUEUED', 0, ?)",
                addresses.stream().map(address -> new Object[] {address, subject, body, now, now}).toList()).length;
    }

    /**
     * Leases up to {@code limit} due rows to one sender until {@code until}, oldest first, skipping
     * rows another sender holds. Only an optimisation: {@link #handOver} decides who sends.
     */
    List<Due> claim(String claim, int limit, Instant now, Instant until) {
        while (true) {
            Timestamp at = Timestamp.from(now);
            List<Long> ids = jdbc.queryForList("select id from notification_mails where status = 'QUEUED' "
                    + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by id "
                    + "fetch first " + limit + " rows only", Long.class, at, at);
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            int claimed = jdbc.update("update notification_mails set claim = ?, claimed_until = ? where id in (" + in + ") "
                    + "and status = 'QUEUED' and (claimed_until is null or claimed_until < ?)", claim, Timestamp.from(until), at);
            if (claimed > 0) {
                return jdbc.query("select id, recipient, subject, body, attempts, queued_at from notification_mails "
                                + "where id in (" + in + ") and claim = ? and status = 'QUEUED' order by id",
                        (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                                rs.getTimestamp(6).toInstant()), claim);
            }
        }
    }

    /** Gives back what a sender claimed and did not get to. */
    void release(String claim) {
        jdbc.update("update notification_mails set claim = null, claimed_until = null where claim = ? and status = 'QUEUED'", claim);
    }

    /**
     * QUEUED to SENT, committed on its own (no transaction around it), just before the final dot.
     * False when the row is no longer queued: another sender has it, and this one must withdraw.
     */
    boolean handOver(long id, Instant at) {
        return jdbc.update("update notification_mails set status = 'SENT', sent_at = ?, claim = null, claimed_until = null "
                + "where id = ? and status = 'QUEUED'", Timestamp.from(at), id) == 1;
    }

    /** Refused for now: queued again for {@code next}, with the reason. */
    void retryLater(long id, DeliveryStatus from, String reason, Instant next) {
        jdbc.update("update notification_mails set status = 'QUEUED', attempts = attempts + 1, next_attempt_at = ?, "
                        + "last_error = ?, sent_at = null, claim = null, claimed_until = null where id = ? and status = ?",
                Timestamp.from(next), clip(reason), id, from.name());
    }

    /** Will not go out: FAILED, with the reason. */
    void fail(long id, DeliveryStatus from, String reason) {
        jdbc.update("update notification_mails set status = 'FAILED', attempts = attempts + 1, last_error = ?, sent_at = null, "
                + "claim = null, claimed_until = null where id = ? and status = ?", clip(reason), id, from.name());
    }

    private static String clip(String reason) {
        if (reason == null) {
            return null;
        }
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 500 ? oneLine.substring(0, 499) + "…" : oneLine;
    }
}
