package org.masthead.mailing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.masthead.Desk;
import org.masthead.issue.IssueService;
import org.masthead.security.Role;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * Subscribers in any state, mail pointed at a test server, and the send job run to its end: what
 * the mailing tests share. Builds subscribers through the entity's own transitions.
 */
final class MailingFixture {

    private final SubscriberRepository subscribers;
    private final IssueService issues;
    private final MailProperties mail;
    private final MailingJob job;

    MailingFixture(SubscriberRepository subscribers, IssueService issues, MailProperties mail, MailingJob job) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.mail = mail;
        this.job = job;
    }

    /** Mail goes to this SMTP server (Spring Mail's settings, read on every send). */
    void mailGoesTo(int port) {
        mail.setHost("127.0.0.1");
        mail.setPort(port);
    }

    /** No mail server at all, as in a fresh production install. */
    void noMailServer() {
        mail.setHost(null);
        mail.setPort(null);
    }

    List<Subscriber> confirmed(int count) {
        long publication = publicationId();
        Instant now = Instant.now();
        List<Subscriber> made = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Subscriber(publication, "reader" + i + "@example.org", i % 2 == 0 ? "Reader " + i : null,
                        ConsentSource.IMPORT, "test list", now))
                .toList();
        return subscribers.saveAll(made);
    }

    Subscriber confirmed(String address) {
        return subscribers.save(new Subscriber(publicationId(), address, null, ConsentSource.STAFF, "test", Instant.now()));
    }

    Subscriber pending(String address) {
        return subscribers.save(new Subscriber(publicationId(), address, null, ConsentSource.SIGN_UP_FORM, null, Instant.now()));
    }

    Subscriber unsubscribed(String address) {
        Subscriber subscriber = new Subscriber(publicationId(), address, null, ConsentSource.STAFF, "test", Instant.now());
        subscriber.unsubscribe(Instant.now());
        return subscribers.save(subscriber);
    }

    Subscriber bounced(String address) {
        Subscriber subscriber = new Subscriber(publicationId(), address, null, ConsentSource.STAFF, "test", Instant.now());
        subscriber.hardBounced(1, Instant.now());
        return subscribers.save(subscriber);
    }

    Subscriber reload(long subscriberId) {
        return subscribers.findById(subscriberId).orElseThrow();
    }

    /** Runs the send job until it has nothing left to do now; the outcomes, in order. */
    List<MailingJob.Outcome> sendUntilNothingIsDue(long mailingId) {
        List<MailingJob.Outcome> outcomes = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            MailingJob.Outcome outcome = job.run(mailingId);
            outcomes.add(outcome);
            if (!(outcome instanceof MailingJob.Later later) || later.at().isAfter(Instant.now())) {
                return outcomes;
            }
        }
        throw new AssertionError("The send job kept finding mail due after 20 runs: " + outcomes);
    }

    private long publicationId() {
        return Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> issues.publication().getId());
    }
}
