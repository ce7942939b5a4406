package org.masthead.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What following a "forgot password" link gives: leave to set a new password for one account, for a
 * short while, in this session only. It is no sign-in: the session stays signed out (so a second
 * factor asked after a password sign-in is not skipped), and the new password is used to sign in
 * normally afterwards.
 */
public record PasswordResetGrant(String username, Instant until) implements Serializable {

    /** Where the grant waits in the HTTP session for the screen that sets the password. */
    public static final String SESSION_ATTRIBUTE = PasswordResetGrant.class.getName();

    public boolean isValidAt(Instant now) {
        return now.isBefore(until);
    }
}
