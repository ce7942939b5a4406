package org.masthead.mailing;

import java.time.Duration;

/**
 * A mail the sign-up form causes, sent once the sign-up is committed (ConfirmationMailer). Every
 * field was checked on the way in: the address by {@link Addresses}, the link signed here.
 *
 * @param name        the subscriber's name, for the greeting; may be null
 * @param link        the link to confirm, or (already subscribed) the link to leave
 * @param validFor    how long the confirmation link is good; null for "already subscribed"
 */
record ConfirmationMail(String address, String name, String publicationName, String link, Duration validFor) {

    static ConfirmationMail toConfirm(String address, String name, String publicationName, String confirmUrl, Duration validFor) {
        return new ConfirmationMail(address, name, publicationName, confirmUrl, validFor);
    }

    static ConfirmationMail alreadySubscribed(String address, String publicationName, String unsubscribeUrl) {
        return new ConfirmationMail(address, null, publicationName, unsubscribeUrl, null);
    }

    boolean isAlreadySubscribed() {
        return validFor == null;
    }
}
