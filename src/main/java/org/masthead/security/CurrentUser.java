package org.masthead.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, read from the security context of the current request. */
@Component
public class CurrentUser {

    /**
     * The name the desk acts under when nobody is signed in: scheduled jobs (the cadence, scheduled
     * releases, reminders), the first administrator, the demo content. People are shown it as {@link #DESK_NAME}.
     */
    public static final String DESK = "system";

    /** How every screen names what the desk did by itself: the board, the inbox, the notes, the audit trail. */
    public static final String DESK_NAME = "The desk";

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** Who acts: the signed-in person, or {@link #DESK} when nobody is. */
    public String usernameOrDesk() {
        return username().orElse(DESK);
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
