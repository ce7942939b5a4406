/**
 * The mailing list and the sending of editions to it: subscribers and their consent, sign-up with
 * double opt-in, one-click unsubscribe, and one delivery per (edition, subscriber), sent by
 * db-scheduler jobs through throttled, pooled SMTP. Knows nothing of how editions are made:
 * publishing hands it the stored bytes through {@link org.masthead.mailing.EditionMail}.
 */
package org.masthead.mailing;
