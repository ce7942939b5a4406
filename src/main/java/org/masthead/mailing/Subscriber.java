package org.masthead.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.masthead.base.AbstractEntity;

/** A reader on the mailing list, with when and how they consented and when they left. */
@Entity
@Table(name = "subscribers")
public class Subscriber extends AbstractEntity {

    /** RFC 5321's limit for a whole address. */
    public static final int ADDRESS_MAX = 254;
    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 300;

    @Column(name = "publication_id", nullable = false, updatable = false)
    private long publicationId;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "address_key", nullable = false, length = ADDRESS_MAX)
    private String addressKey;

    @Column(length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_source", nullable = false, length = 20)
    private ConsentSource consentSource;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "consent_note", length = NOTE_MAX)
    private String consentNote;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "hard_bounces", nullable = false)
    private int hardBounces;

    @Column(name = "soft_bounces", nullable = false)
    private int softBounces;

    /** Why they are suppressed (bounced or complained), in a sentence; when is {@code leftAt}. */
    @Column(name = "suppressed_reason", length = 500)
    private String suppressedReason;

    /** What the publisher wrote when they last lifted a suppression. */
    @Column(name = "suppression_lifted_note", length = NOTE_MAX)
    private String suppressionLiftedNote;

    protected Subscriber() {
    }

    /**
     * A new subscriber. Staff and imports vouch for consent given elsewhere, so they start
     * confirmed; the sign-up form starts pending until the link in the confirmation mail is followed.
     */
    Subscriber(long publicationId, String address, String name, ConsentSource source, String note, Instant at) {
        this.publicationId = publicationId;
        this.address = address;
        this.addressKey = keyOf(address);
        this.name = name;
        this.consentSource = source;
        this.consentNote = note;
        this.consentedAt = at;
        if (source == ConsentSource.SIGN_UP_FORM) {
            this.status = SubscriberStatus.PENDING;
        } else {
            this.status = SubscriberStatus.CONFIRMED;
            this.confirmedAt = at;
        }
    }

    /** The form of an address that two spellings of the same mailbox share. */
    static String keyOf(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    void confirm(Instant at) {
        if (status == SubscriberStatus.PENDING) {
            status = SubscriberStatus.CONFIRMED;
            confirmedAt = at;
        }
    }

    /**
     * The sign-up form again, for someone not yet confirmed or who had left: fresh consent, to be
     * confirmed by the link in a new mail. A confirmed subscriber is left as they are.
     */
    void signUpAgain(String newName, Instant at) {
        if (status == SubscriberStatus.CONFIRMED) {
            return;
        }
        status = SubscriberStatus.PENDING;
        name = newName;
        consentSource = ConsentSource.SIGN_UP_FORM;
        consentNote = null;
        consentedAt = at;
        confirmedAt = null;
        leftAt = null;
        hardBounces = 0;
        softBounces = 0;
        suppressedReason = null;
    }

    /** "Subscribe me again" on the page that just unsubscribed them: only undoes an unsubscribe. */
    boolean undoUnsubscribe(Instant at) {
        if (status != SubscriberStatus.UNSUBSCRIBED || confirmedAt == null) {
            return false;
        }
        status = SubscriberStatus.CONFIRMED;
        consentedAt = at;
        consentNote = "Subscribed again from the unsubscribe page";
        leftAt = null;
        return true;
    }

    void unsubscribe(Instant at) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            leftAt = at;
        }
    }

    /** A permanent refusal from their mail server; at {@code limit} in a row they count as bounced. */
    void hardBounced(int limit, Instant at) {
        hardBounced(limit, null, at);
    }

    /** The same, with the server's words kept as the reason when it suppresses them. */
    void hardBounced(int limit, String reply, Instant at) {
        hardBounces++;
        if (hardBounces >= limit && status == SubscriberStatus.CONFIRMED) {
            suppress(SubscriberStatus.BOUNCED, limit == 1 ? "Their mail server refused permanently" + words(reply)
                    : "Their mail server refused permanently " + hardBounces + " times in a row" + words(reply), at);
        }
    }

    /** A bounce that came back later saying the mailbox is gone (5.x.x): suppressed at once. Whether it changed them. */
    boolean bouncedLater(String status, String diagnostic, Instant at) {
        hardBounces++;
        return suppress(SubscriberStatus.BOUNCED, "A bounce came back (" + status + ")" + words(diagnostic), at);
    }

    /** A temporary bounce (4.x.x) that came back later: {@code inARow} of their latest mails bounced so; at {@code limit} suppressed. */
    boolean softBounced(int inARow, int limit, String status, String diagnostic, Instant at) {
        softBounces = inARow;
        if (inARow < limit) {
            return false;
        }
        return suppress(SubscriberStatus.BOUNCED, "Their latest " + inARow + " mails bounced for now (last: " + status + ")"
                + words(diagnostic), at);
    }

    /** They reported a mail as spam (a feedback report): suppressed at once. */
    boolean complained(String feedbackType, Instant at) {
        return suppress(SubscriberStatus.COMPLAINED, "They reported a mail as " + (feedbackType == null ? "abuse" : feedbackType)
                + " (a complaint from their mailbox provider)", at);
    }

    private boolean suppress(SubscriberStatus to, String reason, Instant at) {
        if (status != SubscriberStatus.CONFIRMED && status != SubscriberStatus.PENDING) {
            return false;
        }
        status = to;
        leftAt = at;
        suppressedReason = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
        return true;
    }

    /**
     * A publisher lifts a bounce or complaint suppression (the mailbox works again, the complaint
     * was a mistake), with a note: confirmed again, the counts start afresh. False when not suppressed so.
     */
    boolean liftSuppression(String note) {
        if (status != SubscriberStatus.BOUNCED && status != SubscriberStatus.COMPLAINED) {
            return false;
        }
        status = SubscriberStatus.CONFIRMED;
        hardBounces = 0;
        softBounces = 0;
        leftAt = null;
        suppressedReason = null;
        suppressionLiftedNote = note;
        return true;
    }

    private static String words(String text) {
        return text == null || text.isBlank() ? "." : ": " + text.strip().replaceAll("\\s+", " ");
    }

    /** A mail reached them: earlier refusals were temporary after all. */
    void delivered() {
        hardBounces = 0;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public String getAddress() {
        return address;
    }

    public String getName() {
        return name;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public ConsentSource getConsentSource() {
        return consentSource;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public int getHardBounces() {
        return hardBounces;
    }

    public int getSoftBounces() {
        return softBounces;
    }

    /** Why the address is suppressed after a bounce or complaint; null otherwise. When: {@link #getLeftAt()}. */
    public String getSuppressedReason() {
        return suppressedReason;
    }

    public String getSuppressionLiftedNote() {
        return suppressionLiftedNote;
    }
}
