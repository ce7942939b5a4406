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
    private final MailQueue queue;

    NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.queue = new MailQueue(jdbc, "notification_mails");
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

    /** Leases up to {@code limit} due mails to one sender until {@code until}, oldest first (see {@link MailQueue#lease}). */
    List<Due> claim(String claim, int limit, Instant now, Instant until) {
        List<Long> ids = queue.lease(claim, limit, now, until, "1 = 1");
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, recipient, subject, body, attempts, queued_at from notification_mails "
                        + "where id in (" + MailQueue.in(ids) + ") and claim = ? and status = 'QUEUED' order by id",
                (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()), claim);
    }

    /** Gives back what a sender claimed and did not get to. */
    void release(String claim) {
        queue.release(claim);
    }

    /** QUEUED to SENT just before the final dot; false when another sender has it (see {@link MailQueue#handOver}). */
    boolean handOver(long id, Instant at) {
        return queue.handOver(id, at);
    }

    /** Refused for now: queued again for {@code next}, with the reason. */
    void retryLater(long id, DeliveryStatus from, String reason, Instant next) {
        queue.retryLater(id, from, reason, next);
    }

    /** Will not go out: FAILED, with the reason. */
    void fail(long id, DeliveryStatus from, String reason) {
        queue.end(id, from, DeliveryStatus.FAILED, reason);
    }
}
