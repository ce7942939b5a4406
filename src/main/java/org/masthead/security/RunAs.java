package org.masthead.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the first administrator, demo content) through the same secured services
 * a person uses, under a named identity, so the audit trail says who did it.
 */
public final class RunAs {

    private RunAs() {
    }

    /**
     * Runs work the desk does by itself (a scheduled job, the first run), under {@link CurrentUser#DESK}:
     * the audit trail and every screen then say "The desk" did it.
     */
    public static <T> T asDesk(Set<Role> roles, Supplier<T> work) {
        return as(CurrentUser.DESK, roles, work);
    }

    public static <T> T as(String username, Set<Role> roles, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    username, null, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
