package org.masthead.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a bounce or complaint does, once, in one transaction: the bounce is kept (a second reading
 * of the same one changes nothing), a hard bounce fails the exact delivery it names and suppresses
 * the subscriber at once, a complaint suppresses them at once, and soft bounces suppress them when
 * their latest masthead.mail.bounces.soft-after mails all bounced.
 */
@Component
class BounceRecorder {

    private final JdbcTemplate jdbc;
    private final SubscriberRepository subscribers;
    private final NotificationOutbox notifications;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final BounceSettings settings;
    private final Clock clock;

    BounceRecorder(JdbcTemplate jdbc, SubscriberRepository subscribers, NotificationOutbox notifications, AuditTrail audit,
                   PlatformTransactionManager transactions, BounceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.subscribers = subscribers;
        this.notifications = notifications;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    /** Applies the bounce; false when it was applied before (or names nothing). */
    boolean record(Bounce bounce) {
        if (bounce.target() == null || !(bounce.kind() == Bounce.Kind.HARD || bounce.kind() == Bounce.Kind.SOFT
                || bounce.kind() == Bounce.Kind.COMPLAINT)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transaction.execute(tx -> apply(bounce)));
        } catch (DuplicateKeyException readBefore) {
            return false;   // another node (or an earlier poll) kept it first
        }
    }

    private boolean apply(Bounce bounce) {
        if (jdbc.queryForObject("select count(*) from bounces where source_id = ?", Integer.class, bounce.sourceId()) > 0) {
            return false;
        }
        Instant now = clock.instant();
        Verp.Target target = bounce.target();
        boolean delivery = target.kind() == Verp.Target.DELIVERY;
        Optional<Long> subscriberId = delivery
                ? jdbc.queryForList("select subscriber_id from deliveries where id = ?", Long.class, target.id()).stream().findFirst()
                : Optional.empty();
        if (delivery && subscriberId.isEmpty()) {
            return false;   // a delivery deleted since (its subscriber's data was deleted on request)
        }
        jdbc.update("insert into bounces (delivery_id, notification_id, subscriber_id, kind, status_code, diagnostic, source_id, "
                        + "received_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                delivery ? target.id() : null, delivery ? null : target.id(), subscriberId.orElse(null), bounce.kind().name(),
                cut(bounce.status(), 20), cut(bounce.diagnostic(), 500), cut(bounce.sourceId(), 300), Timestamp.from(now));
        String words = "Bounced after it was accepted (" + bounce.status() + ")"
                + (bounce.diagnostic() == null ? "" : ": " + bounce.diagnostic());
        if (!delivery) {
            if (bounce.kind() == Bounce.Kind.HARD) {
                notifications.fail(target.id(), DeliveryStatus.SENT, cut(words, 500));
            }
            return true;
        }
        if (bounce.kind() == Bounce.Kind.HARD) {
            jdbc.update("update deliveries set status = 'FAILED', last_error = ?, bounced_at = ? where id = ? and status = 'SENT'",
                    cut(words, 500), Timestamp.from(now), target.id());
        } else if (bounce.kind() == Bounce.Kind.SOFT) {
            jdbc.update("update deliveries set bounced_at = ? where id = ? and bounced_at is null", Timestamp.from(now), target.id());
        }
        subscribers.findById(subscriberId.get()).ifPresent(subscriber -> {
            SubscriberStatus before = subscriber.getStatus();
            boolean suppressed = switch (bounce.kind()) {
                case HARD -> subscriber.bouncedLater(bounce.status(), bounce.diagnostic(), now);
                case COMPLAINT -> subscriber.complained(bounce.status(), now);
                default -> subscriber.softBounced(softBouncesInARow(subscriber.getId()), settings.softAfter(), bounce.status(),
                        bounce.diagnostic(), now);
            };
            if (suppressed) {
                audit.record(AuditAction.SUBSCRIBER_SUPPRESSED, null, null, before, subscriber.getStatus(),
                        "Subscriber " + subscriber.getId() + ": " + subscriber.getSuppressedReason());
            }
        });
        return true;
    }

    /** How many of the subscriber's latest deliveries, newest first, bounced, until one that did not. */
    private int softBouncesInARow(long subscriberId) {
        List<Boolean> bounced = jdbc.queryForList("select case when d.bounced_at is null then 0 else 1 end from deliveries d "
                        + "where d.subscriber_id = ? and d.status in ('SENT', 'FAILED') order by d.id desc fetch first "
                        + settings.softAfter() + " rows only", Integer.class, subscriberId)
                .stream().map(flag -> flag == 1).toList();
        int inARow = 0;
        for (boolean each : bounced) {
            if (!each) {
                break;
            }
            inARow++;
        }
        return inARow;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
