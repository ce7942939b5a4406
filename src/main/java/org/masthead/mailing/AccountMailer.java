package org.masthead.mailing;

import java.time.Clock;
import java.util.List;
import org.masthead.user.AccountMail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user feature's mail about one's own account, through the same outbox as notifications (so it
 * is sent once, off the request thread, and survives a node that dies before sending it).
 */
@Component
class AccountMailer implements AccountMail {

    private final NotificationOutbox outbox;
    private final MailServer server;
    private final Clock clock;

    AccountMailer(NotificationOutbox outbox, MailServer server, Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.clock = clock;
    }

    /** Open to anyone: "forgot password" is asked by someone not signed in; the caller bounds it by its limits. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(String address, String subject, String body) {
        return server.configured() && outbox.insert(List.of(address), subject, body, clock.instant()) == 1;
    }
}
