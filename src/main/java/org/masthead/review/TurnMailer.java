package org.masthead.review;

import java.util.List;
import org.masthead.base.PublicAddress;
import org.masthead.mailing.MailSettings;
import org.masthead.review.TurnNotifier.TurnAnnounced;
import org.masthead.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends "your turn" messages by email to those who switched it on, once the action has committed
 * (a refused or failed action mails nobody). Without spring.mail.host there is no mail server,
 * and only the in-app inbox is used.
 */
@Component
class TurnMailer {

    private static final Logger log = LoggerFactory.getLogger(TurnMailer.class);

    private final ObjectProvider<JavaMailSender> mailer;
    private final UserService users;
    private final String from;
    private final PublicAddress publicAddress;

    TurnMailer(ObjectProvider<JavaMailSender> mailer, UserService users,
               MailSettings settings,
               PublicAddress publicAddress) {
        this.mailer = mailer;
        this.users = users;
        this.from = settings.from();
        this.publicAddress = publicAddress;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(TurnAnnounced announced) {
        JavaMailSender sender = mailer.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> addresses = users.mailAddressesOf(announced.recipients());
        for (String address : addresses) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject("Masthead: " + announced.text());
            mail.setText(announced.text() + "\n\n" + publicAddress.of(announced.link()) + "\n\n"
                    + "You get this because you switched on email notifications in your Masthead profile.");
            try {
                sender.send(mail);
            } catch (MailException e) {
                // The in-app inbox already has the message; a mail server hiccup must not undo the action.
                log.warn("Could not mail {}: {}", address, e.getMessage());
            }
        }
    }
}
