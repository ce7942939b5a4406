package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the sign-up form's mails, plain text, once the sign-up has committed, to wherever
 * {@link MailServer} says mail goes, as the issues go (without a server, nothing is sent: the page
 * said the mail is on its way, and the Subscribers screen shows them pending). Nothing typed on the form goes into a
 * header except the address, which {@link Addresses} checked and which is set as an address,
 * never as text.
 */
@Component
class ConfirmationMailer {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationMailer.class);

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailServer server;
    private final MailSettings settings;
    private final Dkim dkim;
    private final Verp verp;

    ConfirmationMailer(MailServer server, MailSettings settings, Dkim dkim, Verp verp) {
        this.server = server;
        this.settings = settings;
        this.dkim = dkim;
        this.verp = verp;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(ConfirmationMail mail) {
        Optional<SmtpEndpoint> endpoint = server.endpoint();
        if (endpoint.isEmpty()) {
            return;
        }
        try (SmtpConnection smtp = new SmtpConnection(endpoint.get())) {
            MimeMessage message = new MimeMessage(SESSION);
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            if (!settings.replyTo().isBlank()) {
                helper.setReplyTo(settings.replyTo());
            }
            InternetAddress to = new InternetAddress(mail.address(), true);
            helper.setTo(to);
            String publication = oneLine(mail.publicationName());
            helper.setSubject(mail.isAlreadySubscribed() ? "You are already subscribed to " + publication
                    : "Confirm your subscription to " + publication);
            helper.setText(mail.isAlreadySubscribed() ? alreadySubscribedText(mail, publication) : confirmText(mail, publication));
            message.saveChanges();
            SmtpConnection.Result result = smtp.send(dkim.seal(message, verp.plain()), to, () -> true);
            if (!(result instanceof SmtpConnection.Accepted)) {
                log.warn("The mail server did not take a sign-up mail: {}", result);
            }
        } catch (MessagingException e) {
            // The sign-up is kept (pending); signing up again sends a new link.
            log.warn("Could not send the sign-up mail: {}", e.getMessage());
        }
    }

    static String confirmText(ConfirmationMail mail, String publication) {
        return (mail.name() == null ? "Hello," : "Hello " + mail.name() + ",") + "\n\n"
                + "Someone, probably you, asked to receive " + publication + " by email at this address.\n"
                + "To confirm, open this link within " + inWords(mail.validFor()) + ":\n\n"
                + mail.link() + "\n\n"
                + "If it was not you, ignore this mail: without the confirmation you get nothing more from us.\n";
    }

    static String alreadySubscribedText(ConfirmationMail mail, String publication) {
        return "Hello,\n\n"
                + "Someone, probably you, asked to subscribe this address to " + publication + ".\n"
                + "It is subscribed already, so there is nothing to do.\n\n"
                + "If you would rather not receive it, this link unsubscribes you at once:\n\n"
                + mail.link() + "\n";
    }

    /** "3 days", "12 hours", "30 minutes". */
    static String inWords(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return plural(duration.toHours(), "hour");
        }
        return plural(Math.max(1, duration.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** The publication's name in a subject: never a line break, whatever was set up. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
