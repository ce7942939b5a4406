package org.masthead.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at the desk, as the rest of the desk asks after them: who is signed in, who writes,
 * whom to tell. Administrators manage accounts in {@link Accounts}; everyone manages their own in
 * {@link OwnAccount}; the desk's first administrator comes from {@link FirstRun}.
 */
@Service
@Transactional
public class UserService {

    public static final int PASSWORD_MIN = 12;
    /** The values a refusal names ({@link WorkflowException#fieldKey()}), so that forms show it on the field. */
    public static final String FIELD_USERNAME = "username";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_EMAIL = "email";
    public static final String FIELD_PASSWORD = "password";
    public static final String FIELD_CURRENT_PASSWORD = "currentPassword";
    public static final String FIELD_ROLES = "roles";

    private final UserRepository users;
    private final CurrentUser currentUser;

    UserService(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The signed-in person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public User current() {
        String username = currentUser.requireUsername();
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }

    /**
     * A person by id, with their username, email and roles: for those who assign writers and
     * those who manage accounts, never for someone who is not signed in.
     */
    @PreAuthorize("hasAnyRole('EDITOR','PUBLISHER','ADMIN')")
    @Transactional(readOnly = true)
    public User require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("That person does not exist."));
    }

    /** People who can be assigned a section. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<User> writers() {
        return users.findActiveWithRole(Role.WRITER);
    }

    /** Active people holding a role: whom the workflow tells that it is their turn. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<User> activeWithRole(Role role) {
        return users.findActiveWithRole(role);
    }

    /**
     * How a person is named to others ("Erin Editor"), {@link CurrentUser#DESK_NAME} for what the desk did by itself
     * (under {@link CurrentUser#DESK}: an issue made on the cadence, a scheduled release), or the username itself for
     * one not (or no longer) known.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        if (CurrentUser.DESK.equals(username)) {
            return CurrentUser.DESK_NAME;
        }
        return users.findByUsername(username).map(User::getDisplayName).orElse(username);
    }

    /** The addresses of those among these people who asked for email notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> mailAddressesOf(Collection<String> usernames) {
        return usernames.stream().map(users::findByUsername).flatMap(Optional::stream)
                .filter(u -> u.isActive() && u.wantsEmail()).map(User::getEmail).toList();
    }
}
