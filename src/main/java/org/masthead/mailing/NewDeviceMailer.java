package org.masthead.mailing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.security.RunAs;
import org.masthead.user.NewDeviceSignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person by mail that someone signed in to their account from a device it had not seen, with
 * the "This wasn't me" link that signs them out everywhere. Through the notification outbox, in the
 * sign-in's own transaction; sent to the address on their account whether or not they asked for
 * "your turn" mail (this one is about their account's safety).
 */
@Component
class NewDeviceMailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final NotificationMails outbox;

    NewDeviceMailer(NotificationMails outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void tell(NewDeviceSignedIn signIn) {
        String body = "Hello " + signIn.displayName() + ",\n\n"
                + "someone signed in to your Masthead account (" + signIn.username() + ") from a device it had not seen before:\n\n"
                + "  Device:  " + signIn.device() + "\n"
                + "  Address: " + (signIn.address() == null ? "unknown" : signIn.address()) + "\n"
                + "  Time:    " + WHEN.format(signIn.at()) + "\n\n"
                + "If it was you, there is nothing to do.\n\n"
                + "If it wasn't you, open this link: it signs your account out everywhere, on every device "
                + "(it works once, until " + UNTIL.format(signIn.linkExpiresAt()) + "):\n\n"
                + "This wasn't me: " + signIn.notMeLink() + "\n\n"
                + "Then ask your administrator for a new password: whoever signed in knows your current one.";
        // Nobody is signed in yet while the sign-in is recorded: the mail is queued as the person's own.
        RunAs.as(signIn.username(), Set.of(), () -> outbox.queue(List.of(signIn.email()),
                "Masthead: a new sign-in to your account from " + signIn.device(), body));
    }
}
