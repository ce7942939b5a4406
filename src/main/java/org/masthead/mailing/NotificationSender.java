package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masthead.mailing.NotificationOutbox.Due;
import org.masthead.mailing.SmtpConnection.Accepted;
import org.masthead.mailing.SmtpConnection.Lost;
import org.masthead.mailing.SmtpConnection.Refused;
import org.masthead.mailing.SmtpConnection.Result;
import org.masthead.mailing.SmtpConnection.Unreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due rows of the notification outbox, on a db-scheduler thread (SendNotificationsTask),
 * through one SMTP connection, a few rows at a time. Once-only is the mailing list's: each row goes
 * from QUEUED to SENT in its own commit just before the message's final dot (HandOverTransport).
 * A node killed before that commit leaves the server an unfinished message, which it discards, and
 * the row queued: it goes again. Killed after it, the message is a few bytes (the dot) from the
 * server: that window, between one commit and one write on an open socket, is the only place a
 * notification could be lost, and nothing in it waits. A server that queued a message and lost the
 * connection before answering would see it twice (it is retried): at-least-once there, as mailings.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    /** Rows claimed at a time. */
    static final int CHUNK = 25;
    /** How long a claim keeps other senders off a row; a killed sender's rows are free again after it. */
    static final Duration LEASE = Duration.ofSeconds(30);
    /** Waits for the rate up to this long happen in the run; a longer one ends it (the next run goes on). */
    static final Duration LONGEST_WAIT_IN_A_RUN = Duration.ofSeconds(2);

    private final NotificationOutbox outbox;
    private final MailServer server;
    private final Letters letters;
    private final RateLimiter rate;
    private final MailSettings settings;
    private final Clock clock;

    NotificationSender(NotificationOutbox outbox, MailServer server, Letters letters, RateLimiter rate,
                       MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.letters = letters;
        this.rate = rate;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends what is due now; answers how many the server accepted. Stopped by asking (the thread's
     * interrupt flag is only read between rows), never by interrupting a database call: an interrupt
     * inside H2 closes the database (InterruptedWriterTest).
     */
    int sendDue() {
        Optional<SmtpEndpoint> endpoint = server.endpoint();
        if (endpoint.isEmpty()) {
            return 0;   // rows wait for a mail server
        }
        String claim = UUID.randomUUID().toString();
        int accepted = 0;
        try (SmtpConnection smtp = new SmtpConnection(endpoint.get())) {
            while (!Thread.currentThread().isInterrupted()) {
                Instant now = clock.instant();
                List<Due> batch = outbox.claim(claim, CHUNK, now, now.plus(LEASE));
                if (batch.isEmpty()) {
                    return accepted;
                }
                try {
                    for (Due due : batch) {
                        if (Thread.currentThread().isInterrupted() || !waitForRate()) {
                            return accepted;
                        }
                        Result result = send(due, smtp);
                        if (result instanceof Accepted) {
                            accepted++;
                        } else if (result instanceof Unreachable unreachable) {
                            log.warn("Notification mail waits: {}", unreachable.why());
                            return accepted;
                        }
                    }
                } finally {
                    outbox.release(claim);
                }
            }
        }
        return accepted;
    }

    private Result send(Due due, SmtpConnection smtp) {
        MimeMessage message;
        InternetAddress to;
        try {
            to = new InternetAddress(due.recipient(), true);
            message = letters.notification(due.id(), due.recipient(), due.subject(), due.body());
        } catch (MessagingException unwritable) {
            outbox.fail(due.id(), DeliveryStatus.QUEUED, "The address cannot be written in a mail: " + unwritable.getMessage());
            return new SmtpConnection.Withdrawn();
        }
        Result result = smtp.send(message, to, () -> outbox.handOver(due.id(), clock.instant()));
        if (result instanceof Refused refused) {
            DeliveryStatus from = refused.handedOver() ? DeliveryStatus.SENT : DeliveryStatus.QUEUED;
            if (refused.permanent()) {
                outbox.fail(due.id(), from, refused.reply());
            } else {
                retryOrGiveUp(due, from, refused.reply());
            }
        } else if (result instanceof Lost lost) {
            // No answer, even after the dot: most likely not queued by the server, so it goes again.
            retryOrGiveUp(due, lost.handedOver() ? DeliveryStatus.SENT : DeliveryStatus.QUEUED, lost.why());
        }
        // Unreachable: the row is as it was (its claim is released); Withdrawn: another sender has it.
        return result;
    }

    private void retryOrGiveUp(Due due, DeliveryStatus from, String reason) {
        Instant next = clock.instant().plus(MailingJob.backoff(settings, due.attempts()));
        if (next.isAfter(due.queuedAt().plus(settings.giveUpAfter()))) {
            outbox.fail(due.id(), from, "Refused for now, again and again, until we gave up: " + reason);
        } else {
            outbox.retryLater(due.id(), from, reason, next);
        }
    }

    /** Takes a place within the node's rate (shared with mailings), waiting a little; false when the wait is long. */
    private boolean waitForRate() {
        while (true) {
            Duration wait = rate.tryTake();
            if (wait.isZero()) {
                return true;
            }
            if (wait.compareTo(LONGEST_WAIT_IN_A_RUN) > 0) {
                return false;
            }
            try {
                Thread.sleep(Math.max(1, wait.toMillis()));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
