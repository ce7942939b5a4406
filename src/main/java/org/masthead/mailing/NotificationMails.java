package org.masthead.mailing;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of notification mail ("your turn", by email for those who switched it on): other
 * features hand their mail in here, inside the action's own transaction, and {@link NotificationSender}
 * sends it later, off the request thread, once. A rolled-back action leaves no row, so it mails
 * nobody; a committed one leaves its rows, which outlive a node that dies before sending them.
 */
@Component
public class NotificationMails {

    private final NotificationOutbox outbox;
    private final MailServer server;
    private final Clock clock;

    NotificationMails(NotificationOutbox outbox, MailServer server, Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.clock = clock;
    }

    /**
     * Queues one mail per address, in the caller's transaction (there must be one: a mail queued
     * outside it could not share its fate). Without a mail server nothing is queued, as before: the
     * in-app inbox is the notification then. Answers how many were queued.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(List<String> addresses, String subject, String body) {
        if (addresses.isEmpty() || !server.configured()) {
            return 0;
        }
        return outbox.insert(addresses, subject, body, clock.instant());
    }
}
