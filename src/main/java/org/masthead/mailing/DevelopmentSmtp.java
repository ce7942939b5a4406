package org.masthead.mailing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP server inside the app for development and the demo: GreenMail on a free loopback port
 * (several apps, or several test contexts, run side by side), accepting any sender without a
 * password. It keeps nothing in GreenMail's own mailboxes, which would grow for ever: each mail
 * goes straight into the bounded {@link ReceivedMails} that the Outbox screen lists.
 */
class DevelopmentSmtp implements EmbeddedSmtp {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSmtp.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail server;
    private final ReceivedMails received;
    private final SmtpEndpoint endpoint;

    DevelopmentSmtp(ReceivedMails received) {
        this.received = received;
        this.server = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        server.getUserManager().setMessageDeliveryHandler((message, to) -> keep(message, to));
        this.endpoint = new SmtpEndpoint(LOOPBACK, server.getSmtp().getPort(), null, null, "smtp", Map.of(), true);
        log.info("Mail goes to the app's own test mail server at {}:{}; the Outbox screen (administrators) lists it. "
                + "Set spring.mail.host to send for real.", LOOPBACK, endpoint.port());
    }

    @Override
    public SmtpEndpoint endpoint() {
        return endpoint;
    }

    ReceivedMails received() {
        return received;
    }

    void stop() {
        server.stop();
    }

    /** GreenMail asks whom to deliver to; we keep the mail and name a recipient that stores nothing. */
    private GreenMailUser keep(MovingMessage message, MailAddress to) throws MessagingException {
        try {
            received.add(message.getMessage(), to.getEmail());
        } catch (IOException unreadable) {
            throw new MessagingException("The test mail server could not read a mail to " + to.getEmail(), unreadable);
        }
        return new Sink(to.getEmail());
    }

    /** A mailbox that was told already: {@link #keep} has the mail. */
    private record Sink(String getEmail) implements GreenMailUser {

        @Override
        public String getLogin() {
            return getEmail;
        }

        @Override
        public void deliver(MovingMessage message) {
            // kept by DevelopmentSmtp.keep
        }

        @Override
        public void deliver(MimeMessage message) {
            // kept by DevelopmentSmtp.keep
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return getEmail;
        }
    }
}
