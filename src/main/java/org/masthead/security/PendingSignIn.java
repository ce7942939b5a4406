package org.masthead.security;

import java.io.Serializable;
import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right and whose second factor is still to come. It waits in the
 * HTTP session beside, never inside, the security context: until the code step puts
 * {@link #signIn} there, the session is anonymous to every check (URLs, views, services).
 *
 * @param signIn          the password's authentication, with the person's roles, for after the code
 * @param enrolmentSecret the new secret a person without a second factor is enrolling with, or null
 */
public record PendingSignIn(Authentication signIn, String enrolmentSecret) implements Serializable {

    /** The session attribute it waits under. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    public String username() {
        return signIn.getName();
    }

    public boolean enrolling() {
        return enrolmentSecret != null;
    }
}
