package org.masthead.user;

import java.time.Instant;

/**
 * Someone signed in to this person's account from a browser it had not seen before (no known-device
 * cookie for them). Published inside the sign-in's transaction; the mail is queued by whoever listens
 * (mailing's outbox), so it shares the sign-in record's fate.
 *
 * @param notMeLink the absolute "This wasn't me" address: signed, single-use, expiring
 */
public record NewDeviceSignedIn(String username, String displayName, String email, String device, String address,
                                Instant at, String notMeLink, Instant linkExpiresAt) {
}
