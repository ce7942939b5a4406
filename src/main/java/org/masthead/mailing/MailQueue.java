package org.masthead.mailing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lease and the moves of status that both mail tables share (a mailing's deliveries and
 * notification mails): every move is a conditional update on the status it expects, so two senders
 * (threads or nodes) can never both move the same row, and only {@link #handOver} decides who sends.
 */
final class MailQueue {

    private final JdbcTemplate jdbc;
    private final String table;

    /** @param table deliveries or notification_mails, never a value from outside */
    MailQueue(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /**
     * Leases up to {@code limit} due rows of the {@code scope} (a condition on the table with its
     * arguments, or "1 = 1") to one sender until {@code until}, oldest first, skipping rows another
     * sender holds. Only an optimisation: {@link #handOver} decides who sends.
     *
     * @return the ids looked at, among which the leased ones carry {@code claim}; empty when none is due
     */
    List<Long> lease(String claim, int limit, Instant now, Instant until, String scope, Object... scopeArguments) {
        // Two senders may pick the same candidates; the one whose update lost looks again past them.
        while (true) {
            Timestamp at = Timestamp.from(now);
            List<Object> arguments = new ArrayList<>(List.of(scopeArguments));
            arguments.addAll(List.of(at, at));
            List<Long> ids = jdbc.queryForList("select id from " + table + " where " + scope + " and status = 'QUEUED' "
                    + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by id "
                    + "fetch first " + limit + " rows only", Long.class, arguments.toArray());
            if (ids.isEmpty()) {
                return List.of();
            }
            int claimed = jdbc.update("update " + table + " set claim = ?, claimed_until = ? where id in (" + in(ids) + ") "
                    + "and status = 'QUEUED' and (claimed_until is null or claimed_until < ?)", claim, Timestamp.from(until), at);
            if (claimed > 0) {
                return ids;
            }
        }
    }

    /** The ids as a list for an SQL {@code in (…)}: numbers only, so nothing can be injected. */
    static String in(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Gives back what a sender claimed and did not get to. */
    void release(String claim) {
        jdbc.update("update " + table + " set claim = null, claimed_until = null where claim = ? and status = 'QUEUED'", claim);
    }

    /**
     * QUEUED to SENT, committed on its own (no transaction around it), just before the final dot.
     * False when the row is no longer queued: another sender has it, and this one must withdraw.
     */
    boolean handOver(long id, Instant at) {
        return jdbc.update("update " + table + " set status = 'SENT', sent_at = ?, claim = null, claimed_until = null "
                + "where id = ? and status = 'QUEUED'", Timestamp.from(at), id) == 1;
    }

    /** Refused for now: queued again for {@code next}, with the reason. */
    void retryLater(long id, DeliveryStatus from, String reason, Instant next) {
        jdbc.update("update " + table + " set status = 'QUEUED', attempts = attempts + 1, next_attempt_at = ?, last_error = ?, "
                + "sent_at = null, claim = null, claimed_until = null where id = ? and status = ?",
                Timestamp.from(next), clip(reason), id, from.name());
    }

    /** Will not go out: FAILED with the reason (an attempt counted), or SKIPPED; whether this sender moved it. */
    boolean end(long id, DeliveryStatus from, DeliveryStatus to, String reason) {
        return jdbc.update("update " + table + " set status = ?, attempts = attempts + ?, last_error = ?, sent_at = null, "
                        + "claim = null, claimed_until = null where id = ? and status = ?",
                to.name(), to == DeliveryStatus.FAILED ? 1 : 0, clip(reason), id, from.name()) == 1;
    }

    /** A server's reason on one line, at most 500 characters. */
    private static String clip(String reason) {
        if (reason == null) {
            return null;
        }
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 500 ? oneLine.substring(0, 499) + "…" : oneLine;
    }
}
