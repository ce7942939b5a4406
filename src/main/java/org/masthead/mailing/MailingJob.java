package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.masthead.mailing.Deliveries.Due;
import org.masthead.mailing.Deliveries.Mailing;
import org.masthead.mailing.SmtpConnection.Accepted;
import org.masthead.mailing.SmtpConnection.Lost;
import org.masthead.mailing.SmtpConnection.Refused;
import org.masthead.mailing.SmtpConnection.Result;
import org.masthead.mailing.SmtpConnection.Unreachable;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of a mailing's send: {@code masthead.mail.connections} connections work through the
 * due deliveries, a few rows at a time (never the whole list in memory), within the node's rate.
 * It never waits long: when the rate, a retry's backoff or a missing mail server means "later",
 * the run ends and says when to run again.
 */
@Component
class MailingJob {

    private static final Logger log = LoggerFactory.getLogger(MailingJob.class);

    /** Rows a connection claims at a time. */
    static final int CHUNK = 25;
    /** How long a claim keeps other senders off a row; a crashed sender's rows are free again after it. */
    static final Duration LEASE = Duration.ofSeconds(30);
    /** Waits for the rate up to this long happen in the run; a longer one ends the run. */
    static final Duration LONGEST_WAIT_IN_A_RUN = Duration.ofSeconds(2);
    /** Without a mail server, look again this often. */
    static final Duration WITHOUT_A_SERVER = Duration.ofMinutes(1);

    /** What the scheduler should do after a run. */
    sealed interface Outcome {
    }

    /** Every delivery has its final status: the mailing is finished. */
    record Finished() implements Outcome {
    }

    /** Mail is left: run again at {@code at}. */
    record Later(Instant at, String why) implements Outcome {
    }

    private final Deliveries deliveries;
    private final DeliveryOutcomes outcomes;
    private final EditionMail editions;
    private final MailServer server;
    private final Letters letters;
    private final MailLinks links;
    private final RateLimiter rate;
    private final MailSettings settings;
    private final Clock clock;

    MailingJob(Deliveries deliveries, DeliveryOutcomes outcomes, EditionMail editions, MailServer server, Letters letters,
               MailLinks links, RateLimiter rate, MailSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.outcomes = outcomes;
        this.editions = editions;
        this.server = server;
        this.letters = letters;
        this.links = links;
        this.rate = rate;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due of the mailing. Safe to run on several threads or nodes at once: a row goes out once. */
    Outcome run(long mailingId) {
        // The edition comes through publishing's secured port; the sender is nobody in particular.
        return RunAs.as("mailer", Set.of(), () -> runAsMailer(mailingId));
    }

    private Outcome runAsMailer(long mailingId) {
        Optional<Mailing> found = deliveries.mailing(mailingId);
        if (found.isEmpty() || found.get().finishedAt() != null) {
            return new Finished();
        }
        Mailing mailing = found.get();
        Optional<SmtpEndpoint> endpoint = server.endpoint();
        if (endpoint.isEmpty()) {
            return new Later(clock.instant().plus(WITHOUT_A_SERVER), "no mail server is set up");
        }
        Optional<EditionMail.Content> content = editions.ofEdition(mailing.editionId());
        if (content.isEmpty()) {
            log.error("Mailing {} names edition {}, which does not exist; nothing can be sent.", mailingId, mailing.editionId());
            return new Later(clock.instant().plus(WITHOUT_A_SERVER), "its edition is missing");
        }
        Run run = new Run(mailing, content.get(), endpoint.get());
        run.sendAll();

        Instant now = clock.instant();
        if (deliveries.finishIfDone(mailingId, now)) {
            return new Finished();
        }
        if (run.unreachable.get() != null) {
            return new Later(now.plus(settings.retryFirst()), run.unreachable.get());
        }
        if (run.heldByRate.get()) {
            return new Later(rate.nextFree(), "the rate limit");
        }
        Instant next = deliveries.nextAttempt(mailingId).orElse(now);
        // Due rows this run could not claim belong to another sender; look again once its lease is over.
        return next.isAfter(now) ? new Later(next, "retries") : new Later(now.plus(LEASE), "another sender");
    }

    /** One run's connections and what stopped them. */
    private final class Run {
        private final Mailing mailing;
        private final EditionMail.Content content;
        private final SmtpEndpoint endpoint;
        private final AtomicReference<String> unreachable = new AtomicReference<>();
        private final AtomicBoolean heldByRate = new AtomicBoolean();
        /** Set when the run ends early (its thread interrupted, or one connection failed): the others finish their mail and stop. */
        private final AtomicBoolean stop = new AtomicBoolean();

        Run(Mailing mailing, EditionMail.Content content, SmtpEndpoint endpoint) {
            this.mailing = mailing;
            this.content = content;
            this.endpoint = endpoint;
        }

        boolean stopped() {
            return stop.get() || unreachable.get() != null || heldByRate.get() || Thread.currentThread().isInterrupted();
        }

        void sendAll() {
            int connections = settings.connections();
            if (connections == 1) {
                connection();
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(connections, task -> {
                Thread thread = new Thread(task, "mailing-" + mailing.id() + "-smtp");
                thread.setDaemon(true);
                return thread;
            });
            // The connections are stopped by asking (stopped()), never by interrupting them: a thread
            // interrupted inside a database call can break the connection it holds, and on H2's plain
            // file system the whole database (InterruptedWriterTest).
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < connections; i++) {
                    running.add(pool.submit(this::connection));
                }
                for (Future<?> each : running) {
                    each.get();
                }
            } catch (InterruptedException stopping) {
                stop.set(true);
                Thread.currentThread().interrupt();
            } catch (ExecutionException failed) {
                stop.set(true);
                throw new IllegalStateException("A connection of mailing " + mailing.id() + " failed", failed.getCause());
            } finally {
                pool.shutdown();
            }
        }

        /** One connection's work: claim a few rows, send them, until none is due or the run stops. */
        private void connection() {
            String claim = UUID.randomUUID().toString();
            try (SmtpConnection smtp = new SmtpConnection(endpoint)) {
                while (!stopped()) {
                    Instant now = clock.instant();
                    List<Due> batch = deliveries.claim(mailing.id(), claim, CHUNK, now, now.plus(LEASE));
                    if (batch.isEmpty()) {
                        return;
                    }
                    try {
                        for (Due due : batch) {
                            if (stopped() || !waitForRate()) {
                                break;
                            }
                            deliver(due, smtp);
                        }
                    } finally {
                        deliveries.release(claim);
                        deliveries.progressed(mailing.id(), clock.instant());
                    }
                }
            }
        }

        /** Takes a place within the rate, waiting a little if needed; false when the wait is long (the run ends). */
        private boolean waitForRate() {
            while (true) {
                Duration wait = rate.tryTake();
                if (wait.isZero()) {
                    return true;
                }
                if (wait.compareTo(LONGEST_WAIT_IN_A_RUN) > 0) {
                    heldByRate.set(true);
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

        private void deliver(Due due, SmtpConnection smtp) {
            if (due.subscriberStatus() != SubscriberStatus.CONFIRMED) {
                deliveries.end(due.id(), DeliveryStatus.QUEUED, DeliveryStatus.SKIPPED,
                        "The subscriber was " + due.subscriberStatus().label().toLowerCase() + " when the mail was due.");
                return;
            }
            MimeMessage message;
            InternetAddress to;
            try {
                to = new InternetAddress(due.address(), true);
                message = letters.forDelivery(content, mailing.id(), due.id(), due.address(), due.name(),
                        links.unsubscribeUrl(due.subscriberId()));
            } catch (MessagingException unwritable) {
                deliveries.end(due.id(), DeliveryStatus.QUEUED, DeliveryStatus.FAILED,
                        "The address cannot be written in a mail: " + unwritable.getMessage());
                return;
            }
            Result result = smtp.send(message, to, () -> deliveries.handOver(due.id(), clock.instant()));
            if (result instanceof Accepted) {
                deliveries.confirm(due.id(), clock.instant());
                if (due.hardBounces() > 0) {
                    outcomes.delivered(due.subscriberId());
                }
            } else if (result instanceof Refused refused) {
                refused(due, refused);
            } else if (result instanceof Lost lost) {
                lost(due, lost);
            } else if (result instanceof Unreachable unreachable) {
                // The server is not there at all: this row is not to blame; the whole run waits.
                this.unreachable.compareAndSet(null, unreachable.why());
            }
            // Withdrawn: another sender committed this row first, and the server discarded this copy.
        }

        private void refused(Due due, Refused refused) {
            DeliveryStatus now = refused.handedOver() ? DeliveryStatus.SENT : DeliveryStatus.QUEUED;
            if (refused.permanent()) {
                if (deliveries.end(due.id(), now, DeliveryStatus.FAILED, refused.reply())) {
                    outcomes.bounced(due.subscriberId());
                }
            } else {
                retryOrGiveUp(due, now, refused.reply());
            }
        }

        private void lost(Due due, Lost lost) {
            // No answer, even after the dot: a server that went away before answering most likely did
            // not queue the message (it answers once it has), so it goes again. Only a server that
            // queued it and then lost the connection before saying so would see it twice.
            retryOrGiveUp(due, lost.handedOver() ? DeliveryStatus.SENT : DeliveryStatus.QUEUED, lost.why());
        }

        private void retryOrGiveUp(Due due, DeliveryStatus from, String reason) {
            Instant now = clock.instant();
            Instant next = now.plus(backoff(due.attempts()));
            if (next.isAfter(mailing.queuedAt().plus(settings.giveUpAfter()))) {
                deliveries.end(due.id(), from, DeliveryStatus.FAILED,
                        "Refused for now, again and again, until we gave up: " + reason);
            } else {
                deliveries.retryLater(due.id(), from, reason, next);
            }
        }
    }

    /** retry-first, doubling with each try, at most retry-at-most. */
    Duration backoff(int attemptsSoFar) {
        return backoff(settings, attemptsSoFar);
    }

    /** The same backoff for notification mail (NotificationSender). */
    static Duration backoff(MailSettings settings, int attemptsSoFar) {
        Duration wait = settings.retryFirst();
        for (int i = 0; i < attemptsSoFar && wait.compareTo(settings.retryAtMost()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.retryAtMost()) > 0 ? settings.retryAtMost() : wait;
    }
}
