package org.masthead.user;

import java.time.Instant;

/**
 * One signed-in desk session, as "Your sessions" and an administrator's Sessions dialog list it.
 *
 * @param current whether it is the session asking (the one showing the list)
 */
public record DeskSession(long id, String username, String device, String address, Instant signedInAt,
                          Instant lastSeenAt, boolean current) {
}
