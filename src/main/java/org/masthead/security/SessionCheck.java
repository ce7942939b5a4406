package org.masthead.security;

import java.util.Optional;

/**
 * Whether a signed-in desk session may still be used. Asked by {@link EndedSessions} on every request
 * of the desk (pages and Vaadin's own requests alike); the people feature answers it from the database,
 * so a change made on another node bites here too.
 */
public interface SessionCheck {

    /** The session attribute holding the session's own random key (its hash is what the database knows). */
    String KEY = "masthead.session-key";

    /** The session attribute holding why the last session here was ended, for the sign-in page to say. */
    String WHY = "masthead.signed-out-because";

    /** Why the session with this key may no longer be used, as the sentence the sign-in page shows; empty while it may. */
    Optional<String> refusal(String sessionKey);
}
