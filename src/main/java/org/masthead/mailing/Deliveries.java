package org.masthead.mailing;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The mailings and deliveries tables. Every change of a delivery's status is a conditional update
 * on the status it expects, so two senders (threads or nodes) can never both move the same row.
 */
@Component
class Deliveries {

    private final JdbcTemplate jdbc;
    private final MailQueue queue;

    Deliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.queue = new MailQueue(jdbc, "deliveries");
    }

    /** A mailing as the sender needs it. */
    record Mailing(long id, long editionId, long issueId, String subject, boolean correction, Instant queuedAt,
                   Instant finishedAt) {
    }

    /** A queued delivery claimed by one sender, with its subscriber as they are now. */
    record Due(long id, long subscriberId, String address, String name, SubscriberStatus subscriberStatus,
               int hardBounces, int attempts) {
    }

    Optional<Long> mailingOfEdition(long editionId) {
        return jdbc.queryForList("select id from mailings where edition_id = ?", Long.class, editionId).stream().findFirst();
    }

    long insertMailing(long editionId, long issueId, String subject, boolean correction, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("insert into mailings (edition_id, issue_id, correction, subject, "
                    + "queued_at, total, last_progress_at) values (?, ?, ?, ?, ?, 0, ?)", new String[] {"id"});
            insert.setLong(1, editionId);
            insert.setLong(2, issueId);
            insert.setBoolean(3, correction);
            insert.setString(4, subject);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setTimestamp(6, Timestamp.from(at));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    int confirmedSubscribers(long publicationId) {
        return jdbc.queryForObject("select count(*) from subscribers where publication_id = ? and status = 'CONFIRMED'",
                Integer.class, publicationId);
    }

    /** One queued delivery per confirmed subscriber of the publication, in one statement; how many. */
    int queueConfirmedSubscribers(long mailingId, long publicationId, Instant at) {
        int total = jdbc.update("insert into deliveries (mailing_id, subscriber_id, status, attempts, next_attempt_at) "
                + "select ?, id, 'QUEUED', 0, ? from subscribers where publication_id = ? and status = 'CONFIRMED'",
                mailingId, Timestamp.from(at), publicationId);
        jdbc.update("update mailings set total = ? where id = ?", total, mailingId);
        if (total == 0) {
            jdbc.update("update mailings set finished_at = ? where id = ?", Timestamp.from(at), mailingId);
        }
        return total;
    }

    Optional<Mailing> mailing(long mailingId) {
        return jdbc.query("select id, edition_id, issue_id, subject, correction, queued_at, finished_at from mailings where id = ?",
                (rs, n) -> new Mailing(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7))), mailingId).stream().findFirst();
    }

    List<Mailing> mailingsOfIssue(long issueId) {
        return jdbc.query("select id, edition_id, issue_id, subject, correction, queued_at, finished_at from mailings "
                        + "where issue_id = ? order by id",
                (rs, n) -> new Mailing(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7))), issueId);
    }

    /**
     * Leases up to {@code limit} due deliveries to one sender until {@code until}, oldest first,
     * skipping rows another sender holds. Only an optimisation: {@link #handOver} decides.
     */
    List<Due> claim(long mailingId, String claim, int limit, Instant now, Instant until) {
        List<Long> ids = queue.lease(claim, limit, now, until, "mailing_id = ?", mailingId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select d.id, d.subscriber_id, s.address, s.name, s.status, s.hard_bounces, d.attempts "
                        + "from deliveries d join subscribers s on s.id = d.subscriber_id "
                        + "where d.id in (" + MailQueue.in(ids) + ") and d.claim = ? and d.status = 'QUEUED' order by d.id",
                (rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        SubscriberStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7)), claim);
    }

    /** Gives back what a sender claimed and did not get to (it stops early when the rate says wait). */
    void release(String claim) {
        queue.release(claim);
    }

    /**
     * QUEUED to SENT, committed on its own (no transaction around it), just before the final dot.
     * False when the row is no longer queued: another sender has it, and this one must withdraw.
     */
    boolean handOver(long deliveryId, Instant at) {
        return queue.handOver(deliveryId, at);
    }

    /** The server answered 250 after the dot: the delivery is confirmed, not only handed over. */
    void confirm(long deliveryId, Instant at) {
        jdbc.update("update deliveries set confirmed_at = ? where id = ? and status = 'SENT'", Timestamp.from(at), deliveryId);
    }

    /**
     * SENT deliveries handed over before {@code before} and never confirmed: the node stopped
     * between the dot and the server's answer, so nobody knows whether they arrived.
     */
    int fateUnknown(long mailingId, Instant before) {
        return jdbc.queryForObject("select count(*) from deliveries where mailing_id = ? and status = 'SENT' "
                + "and confirmed_at is null and sent_at < ?", Integer.class, mailingId, Timestamp.from(before));
    }

    /** A delivery refused for now: queued again for {@code next}, with the reason. */
    void retryLater(long deliveryId, DeliveryStatus from, String reason, Instant next) {
        queue.retryLater(deliveryId, from, reason, next);
    }

    /** A delivery that will not go out: FAILED with the reason, or SKIPPED. */
    boolean end(long deliveryId, DeliveryStatus from, DeliveryStatus to, String reason) {
        return queue.end(deliveryId, from, to, reason);
    }

    void progressed(long mailingId, Instant at) {
        jdbc.update("update mailings set last_progress_at = ? where id = ? and last_progress_at < ?",
                Timestamp.from(at), mailingId, Timestamp.from(at));
    }

    /** When the first queued delivery may go: now or later; empty when none is queued. */
    Optional<Instant> nextAttempt(long mailingId) {
        return Optional.ofNullable(jdbc.queryForObject("select min(next_attempt_at) from deliveries "
                + "where mailing_id = ? and status = 'QUEUED'", Timestamp.class, mailingId)).map(Timestamp::toInstant);
    }

    /** Marks the mailing finished when nothing is queued any more; whether it is. */
    boolean finishIfDone(long mailingId, Instant at) {
        jdbc.update("update mailings set finished_at = ?, last_progress_at = ? where id = ? and finished_at is null "
                        + "and not exists (select 1 from deliveries where mailing_id = ? and status = 'QUEUED')",
                Timestamp.from(at), Timestamp.from(at), mailingId, mailingId);
        return jdbc.queryForObject("select count(*) from mailings where id = ? and finished_at is not null",
                Integer.class, mailingId) == 1;
    }

    /** Deliveries of a mailing by status. */
    Map<DeliveryStatus, Integer> counts(long mailingId) {
        Map<DeliveryStatus, Integer> counts = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.query("select status, count(*) from deliveries where mailing_id = ? group by status",
                rs -> {
                    counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, mailingId);
        return counts;
    }

    /** Queued deliveries that may go now, and when the mailing last moved. */
    record Waiting(int due, Instant lastProgress) {
    }

    Waiting waiting(long mailingId, Instant now) {
        return jdbc.queryForObject("select (select count(*) from deliveries where mailing_id = m.id and status = 'QUEUED' "
                        + "and next_attempt_at <= ?), m.last_progress_at from mailings m where m.id = ?",
                (rs, n) -> new Waiting(rs.getInt(1), rs.getTimestamp(2).toInstant()), Timestamp.from(now), mailingId);
    }

    /** The failed deliveries of a mailing, at most {@code limit}: address and reason. */
    List<Map.Entry<String, String>> failures(long mailingId, int limit) {
        return jdbc.query("select s.address, d.last_error from deliveries d join subscribers s on s.id = d.subscriber_id "
                        + "where d.mailing_id = ? and d.status = 'FAILED' order by d.id fetch first " + limit + " rows only",
                (rs, n) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)), mailingId);
    }

    /** Unfinished mailings: what the health check looks at. */
    List<Long> unfinished() {
        return jdbc.queryForList("select id from mailings where finished_at is null order by id", Long.class);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
