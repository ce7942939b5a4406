package org.masthead.mailing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The readers' side of the list, with nobody signed in: sign up on the archive (double opt-in),
 * confirm from the mail, leave in one click, and take that back. The form answers the same
 * whatever the list knows of the address; what differs is only the mail the address receives.
 */
@Service
@Transactional
public class SignUps {

    /** What the form's answer is. Known or not, pending, confirmed or gone: the same {@code MAIL_SENT}. */
    public enum SignUpOutcome { MAIL_SENT, TOO_MANY }

    public enum ConfirmOutcome { CONFIRMED, ALREADY_CONFIRMED, NO_LONGER_PENDING, EXPIRED, NOT_VALID, UNKNOWN }

    public enum UnsubscribeOutcome { UNSUBSCRIBED, ALREADY_LEFT, NOT_VALID, UNKNOWN }

    public enum ResubscribeOutcome { SUBSCRIBED_AGAIN, ALREADY_SUBSCRIBED, SIGN_UP_INSTEAD, NOT_VALID, UNKNOWN }

    private final SubscriberRepository subscribers;
    private final IssueService issues;
    private final MailLinks links;
    private final SignUpThrottle throttle;
    private final MailSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    SignUps(SubscriberRepository subscribers, IssueService issues, MailLinks links, SignUpThrottle throttle, MailSettings settings,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.links = links;
        this.throttle = throttle;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /**
     * The archive's form. Checked like every address (a refusal is a {@link SubscriberRefused} on
     * its field), then counted against the limits, then: a new or returning address becomes
     * pending and gets a link to confirm; a pending one gets a new link; a confirmed one gets a
     * short "you are subscribed already". The mail goes once the change is committed.
     *
     * @param client the network address the request came from
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SignUpOutcome signUp(String address, String name, String client) {
        Addresses.problemWithAddress(address).ifPresent(problem -> {
            throw new SubscriberRefused(SubscriberRefused.Field.ADDRESS, problem);
        });
        Addresses.problemWithName(name).ifPresent(problem -> {
            throw new SubscriberRefused(SubscriberRefused.Field.NAME, problem);
        });
        String clean = Addresses.clean(address);
        // Counted before any other work, outside a transaction: a flood costs one statement per request.
        if (!throttle.allow(Subscriber.keyOf(clean), client)) {
            return SignUpOutcome.TOO_MANY;
        }
        try {
            return inTransaction.execute(tx -> signUpChecked(clean, name));
        } catch (DataIntegrityViolationException sameNewAddressAtTheSameMoment) {
            // Another request signed this address up a moment ago, and its mail is on the way: the same answer.
            return SignUpOutcome.MAIL_SENT;
        }
    }

    private SignUpOutcome signUpChecked(String clean, String name) {
        Publication publication = issues.publication();
        Instant now = clock.instant();
        Optional<Subscriber> known = subscribers.findByPublicationIdAndAddressKey(publication.getId(), Subscriber.keyOf(clean));
        if (known.isPresent() && known.get().getStatus() == SubscriberStatus.CONFIRMED) {
            Subscriber subscriber = known.get();
            events.publishEvent(ConfirmationMail.alreadySubscribed(subscriber.getAddress(), publication.getName(),
                    links.unsubscribeUrl(subscriber.getId())));
            return SignUpOutcome.MAIL_SENT;
        }
        Subscriber subscriber;
        if (known.isPresent()) {
            subscriber = known.get();
            SubscriberStatus was = subscriber.getStatus();
            subscriber.signUpAgain(Addresses.cleanName(name), now);
            audit.record(AuditAction.SUBSCRIBER_SIGNED_UP, null, null, was, SubscriberStatus.PENDING, "Subscriber " + subscriber.getId());
        } else {
            subscriber = subscribers.saveAndFlush(new Subscriber(publication.getId(), clean, Addresses.cleanName(name),
                    ConsentSource.SIGN_UP_FORM, null, now));
            audit.record(AuditAction.SUBSCRIBER_SIGNED_UP, null, null, null, SubscriberStatus.PENDING, "Subscriber " + subscriber.getId());
        }
        events.publishEvent(ConfirmationMail.toConfirm(subscriber.getAddress(), subscriber.getName(), publication.getName(),
                links.confirmUrl(subscriber.getId(), subscriber.getAddress(), now.plus(settings.confirmWithin())),
                settings.confirmWithin()));
        return SignUpOutcome.MAIL_SENT;
    }

    /** The link in the confirmation mail: signed, bound to the address it was sent to, and expiring. */
    public ConfirmOutcome confirm(String token) {
        Optional<MailLinks.ConfirmToken> read = links.readConfirmToken(token);
        if (read.isEmpty()) {
            return ConfirmOutcome.NOT_VALID;
        }
        Optional<Subscriber> found = subscribers.findById(read.get().subscriberId());
        if (found.isEmpty()) {
            return ConfirmOutcome.UNKNOWN;
        }
        Subscriber subscriber = found.get();
        if (!links.signatureHolds(read.get(), subscriber.getAddress())) {
            return ConfirmOutcome.NOT_VALID;
        }
        if (subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        if (links.expired(read.get())) {
            return ConfirmOutcome.EXPIRED;
        }
        if (subscriber.getStatus() != SubscriberStatus.PENDING) {
            return ConfirmOutcome.NO_LONGER_PENDING;
        }
        subscriber.confirm(clock.instant());
        audit.record(AuditAction.SUBSCRIBER_CONFIRMED, null, null, SubscriberStatus.PENDING, SubscriberStatus.CONFIRMED,
                "Subscriber " + subscriber.getId());
        return ConfirmOutcome.CONFIRMED;
    }

    /** The link in every mail (and List-Unsubscribe): leaves at once, whatever the status was. */
    public UnsubscribeOutcome unsubscribe(String token) {
        Optional<Long> id = links.subscriberOfUnsubscribeToken(token);
        if (id.isEmpty()) {
            return UnsubscribeOutcome.NOT_VALID;
        }
        Optional<Subscriber> found = subscribers.findById(id.get());
        if (found.isEmpty()) {
            return UnsubscribeOutcome.UNKNOWN;
        }
        Subscriber subscriber = found.get();
        SubscriberStatus was = subscriber.getStatus();
        if (was.isSuppressed()) {
            return UnsubscribeOutcome.ALREADY_LEFT;
        }
        subscriber.unsubscribe(clock.instant());
        audit.record(AuditAction.SUBSCRIBER_UNSUBSCRIBED, null, null, was, SubscriberStatus.UNSUBSCRIBED, "Subscriber " + subscriber.getId());
        return UnsubscribeOutcome.UNSUBSCRIBED;
    }

    /**
     * "Subscribe me again" on the page that unsubscribed them: the unsubscribe link came in a mail
     * to the address, so following it back undoes the unsubscribe without a new confirmation.
     * Only that: someone who never confirmed, bounced or complained signs up on the form.
     */
    public ResubscribeOutcome subscribeAgain(String token) {
        Optional<Long> id = links.subscriberOfUnsubscribeToken(token);
        if (id.isEmpty()) {
            return ResubscribeOutcome.NOT_VALID;
        }
        Optional<Subscriber> found = subscribers.findById(id.get());
        if (found.isEmpty()) {
            return ResubscribeOutcome.UNKNOWN;
        }
        Subscriber subscriber = found.get();
        if (subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
            return ResubscribeOutcome.ALREADY_SUBSCRIBED;
        }
        if (!subscriber.undoUnsubscribe(clock.instant())) {
            return ResubscribeOutcome.SIGN_UP_INSTEAD;
        }
        audit.record(AuditAction.SUBSCRIBER_RESUBSCRIBED, null, null, SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.CONFIRMED,
                "Subscriber " + subscriber.getId());
        return ResubscribeOutcome.SUBSCRIBED_AGAIN;
    }

    /** How long a confirmation link stays good, in words ("3 days"), for the page that says so. */
    public String confirmWithinInWords() {
        return ConfirmationMailer.inWords(settings.confirmWithin());
    }

    /** The publication's name, for the public pages' sentences. */
    @Transactional(readOnly = true)
    public String publicationName() {
        return issues.publication().getName();
    }
}
