package org.masthead.user;

import java.util.Set;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk before anyone can sign in: whether an administrator exists, and the first-run screen's
 * one action. The start-up log points to {@link #ROUTE} while nobody is an administrator.
 */
@Service
@Transactional
public class FirstRun {

    public static final String ROUTE = "welcome";
    /** Said to a first run that comes too late. */
    public static final String ADMINISTRATOR_EXISTS = "This desk already has an administrator. Sign in, or ask them for an account.";

    private final UserRepository users;
    private final AccountOpening opening;
    private final FirstRunClaim claim;

    FirstRun(UserRepository users, AccountOpening opening, FirstRunClaim claim) {
        this.users = users;
        this.opening = opening;
        this.claim = claim;
    }

    /**
     * Whether the desk has an active administrator. Anyone may ask: the sign-in screen offers
     * the first-run screen while the answer is no.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return !users.findActiveWithRole(Role.ADMIN).isEmpty();
    }

    /**
     * The first-run screen's one action, open to anyone while no administrator exists and refused
     * for good once one does. Two first runs at the same moment (two browsers, two nodes) cannot
     * both succeed: each claims the one first-run row, and the database refuses the second claim
     * (a lock in this JVM would be released before the commit, and another node would not share it).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public User createFirstAdministrator(String username, String displayName, String email, String password) {
        if (administratorExists()) {
            throw new WorkflowException(ADMINISTRATOR_EXISTS);
        }
        User first = opening.open(username, displayName, email, password, Set.of(Role.ADMIN));
        claim.claim(first.getUsername());
        return first;
    }

    /** Whether anybody has an account yet: asked at start-up, before anyone can sign in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }
}
