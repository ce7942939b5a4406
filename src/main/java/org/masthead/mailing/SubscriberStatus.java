package org.masthead.mailing;

/** Where a subscriber stands. Only CONFIRMED receives issues; the last three are suppressed: no import brings them back. */
public enum SubscriberStatus {
    /** Signed up, confirmation mail sent, link not yet followed. */
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED,
    /** Their mail server refused permanently, as often as the settings allow. */
    BOUNCED,
    /** They reported an issue as spam. */
    COMPLAINED;

    /** Whether this address stays off the list whatever a staff member or an import says. */
    public boolean isSuppressed() {
        return this == UNSUBSCRIBED || this == BOUNCED || this == COMPLAINED;
    }

    /** The word the screens use. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
