package org.masthead.user;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the desk's accounts: open them, give roles, deactivate, reset passwords.
 * Somebody active always stays an administrator, so the desk can never lock itself out.
 */
@Service
@Transactional
public class Accounts {

    /** No 0/O, 1/l/I: a reset password is read off a screen and typed in once. */
    private static final char[] RESET_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final AccountOpening opening;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final DeskSessions sessions;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserRepository users, AccountOpening opening, PasswordEncoder encoder, CurrentUser currentUser,
             AuditTrail audit, DeskSessions sessions) {
        this.users = users;
        this.opening = opening;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.sessions = sessions;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<User> all() {
        return users.findAllByOrderByDisplayName();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User create(String username, String displayName, String password, Set<Role> roles) {
        return create(username, displayName, null, password, roles);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User create(String username, String displayName, String email, String password, Set<Role> roles) {
        requireARole(roles);
        return opening.open(username, displayName, email, password, roles);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public User changeRoles(long userId, Set<Role> roles) {
        requireARole(roles);
        User user = find(userId);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdministrator(user, "Somebody must stay an administrator: give another person the role first.");
        }
        Set<Role> before = user.getRoles();
        user.setRoles(EnumSet.copyOf(roles));
        audit.record(AuditAction.USER_ROLES_CHANGED, null, null, before, user.getRoles(), user.getUsername());
        if (!before.equals(user.getRoles())) {
            // Issue 25: a role removed or added bites at once: the person's sessions end, they sign in under the new roles.
            sessions.restamp(user, SignOutReason.ROLES_CHANGED, null);
        }
        return user;
    }

    /** The person can no longer sign in; their sections, notes and audit lines stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public User deactivate(long userId) {
        User user = find(userId);
        if (user.getUsername().equals(currentUser.requireUsername())) {
            throw new WorkflowException("You cannot deactivate your own account; another administrator can.");
        }
        requireAnotherActiveAdministrator(user, "This is the last active administrator. Make someone else an administrator first.");
        if (user.isActive()) {
            user.setActive(false);
            audit.record(AuditAction.USER_DEACTIVATED, null, null, null, null, user.getUsername());
            sessions.restamp(user, SignOutReason.DEACTIVATED, null);
        }
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User reactivate(long userId) {
        User user = find(userId);
        if (!user.isActive()) {
            user.setActive(true);
            audit.record(AuditAction.USER_REACTIVATED, null, null, null, null, user.getUsername());
        }
        return user;
    }

    /**
     * Gives the person a new random password and returns it: this is the only time anyone sees
     * it, so the administrator passes it on and the person changes it on their profile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long userId) {
        User user = find(userId);
        String password = randomPassword();
        user.setPasswordHash(encoder.encode(password));
        audit.record(AuditAction.USER_PASSWORD_RESET, null, null, null, null, user.getUsername());
        sessions.restamp(user, SignOutReason.PASSWORD_RESET, null);
        return password;
    }

    private User find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("That person does not exist."));
    }

    private static void requireARole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw WorkflowException.onField(UserService.FIELD_ROLES, "Give the person at least one role.");
        }
    }

    private void requireAnotherActiveAdministrator(User user, String refusal) {
        boolean isActiveAdministrator = user.isActive() && user.hasRole(Role.ADMIN);
        if (isActiveAdministrator && users.findActiveWithRole(Role.ADMIN).size() <= 1) {
            throw new WorkflowException(refusal);
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(RESET_ALPHABET[random.nextInt(RESET_ALPHABET.length)]);
        }
        return password.toString();
    }
}
