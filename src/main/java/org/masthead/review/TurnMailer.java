package org.masthead.review;

import java.util.List;
import org.masthead.base.PublicAddress;
import org.masthead.mailing.NotificationMails;
import org.masthead.review.TurnNotifier.TurnAnnounced;
import org.masthead.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails "your turn" messages to those who switched it on, through the notification outbox: the
 * mails are queued in the action's own transaction (a refused or failed action mails nobody, a
 * committed one cannot be lost) and sent off the person's request thread by the outbox's task.
 * Without a mail server nothing is queued, and only the in-app inbox is used.
 */
@Component
class TurnMailer {

    private final NotificationMails outbox;
    private final UserService users;
    private final PublicAddress publicAddress;

    TurnMailer(NotificationMails outbox, UserService users, PublicAddress publicAddress) {
        this.outbox = outbox;
        this.users = users;
        this.publicAddress = publicAddress;
    }

    @EventListener
    void queue(TurnAnnounced announced) {
        List<String> addresses = users.mailAddressesOf(announced.recipients());
        outbox.queue(addresses, "Masthead: " + announced.text(), announced.text() + "\n\n"
                + publicAddress.of(announced.link()) + "\n\n"
                + "You get this because you switched on email notifications in your Masthead profile.");
    }
}
