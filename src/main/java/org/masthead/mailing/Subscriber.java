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
        hardBounces++;
        if (hardBounces >= limit && status == SubscriberStatus.CONFIRMED) {
            status = SubscriberStatus.BOUNCED;
            leftAt = at;
        }
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
}
