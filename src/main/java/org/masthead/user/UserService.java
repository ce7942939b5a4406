package org.masthead.user;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at the desk. Administrators manage accounts; everyone manages their own name and
 * password. Somebody active always stays an administrator, so the desk can never lock itself out.
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2," + User.USERNAME_MAX + "}");
    /** No 0/O, 1/l/I: a reset password is read off a screen and typed in once. */
    private static final char[] RESET_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final FirstRunClaim firstRun;
    private final SecureRandom random = new SecureRandom();

    UserService(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, CurrentUser currentUser,
                AuditTrail audit, FirstRunClaim firstRun) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.firstRun = firstRun;
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
        if (roles == null || roles.isEmpty()) {
            throw WorkflowException.onField(FIELD_ROLES, "Give the person at least one role.");
        }
        return add(username, displayName, email, password, roles);
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

    /** Said to a first run that comes too late. */
    public static final String ADMINISTRATOR_EXISTS = "This desk already has an administrator. Sign in, or ask them for an account.";

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
        User first = add(username, displayName, email, password, Set.of(Role.ADMIN));
        firstRun.claim(first.getUsername());
        return first;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public User changeRoles(long userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw WorkflowException.onField(FIELD_ROLES, "Give the person at least one role.");
        }
        User user = require(userId);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdministrator(user, "Somebody must stay an administrator: give another person the role first.");
        }
        Set<Role> before = user.getRoles();
        user.setRoles(EnumSet.copyOf(roles));
        audit.record(AuditAction.USER_ROLES_CHANGED, null, null, before, user.getRoles(), user.getUsername());
        return user;
    }

    /** Switches the signed-in person's email notifications on or off, with the address to use. */
    @PreAuthorize("isAuthenticated()")
    public User setMyEmailNotifications(String email, boolean on) {
        User me = current();
        String address = checkedEmail(email);
        if (on && address == null) {
            throw WorkflowException.onField(FIELD_EMAIL, "Give an email address like name@example.org to get notifications by email.");
        }
        me.setEmail(address);
        me.setEmailNotifications(on);
        return me;
    }

    /** How a person is named to others ("Erin Editor"), or the username itself for one not (or no longer) known. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        return users.findByUsername(username).map(User::getDisplayName).orElse(username);
    }

    /** The addresses of those among these people who asked for email notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> mailAddressesOf(Collection<String> usernames) {
        return usernames.stream().map(users::findByUsername).flatMap(Optional::stream)
                .filter(u -> u.isActive() && u.wantsEmail()).map(User::getEmail).toList();
    }

    /** The person can no longer sign in; their sections, notes and audit lines stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public User deactivate(long userId) {
        User user = require(userId);
        if (user.getUsername().equals(currentUser.requireUsername())) {
            throw new WorkflowException("You cannot deactivate your own account; another administrator can.");
        }
        requireAnotherActiveAdministrator(user, "This is the last active administrator. Make someone else an administrator first.");
        if (user.isActive()) {
            user.setActive(false);
            audit.record(AuditAction.USER_DEACTIVATED, null, null, null, null, user.getUsername());
        }
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User reactivate(long userId) {
        User user = require(userId);
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
        User user = require(userId);
        String password = randomPassword();
        user.setPasswordHash(encoder.encode(password));
        audit.record(AuditAction.USER_PASSWORD_RESET, null, null, null, null, user.getUsername());
        return password;
    }

    /** Anyone signed in changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        User me = current();
        if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
            throw WorkflowException.onField(FIELD_CURRENT_PASSWORD, "Your current password is not right, so nothing was changed.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw WorkflowException.onField(FIELD_PASSWORD, "The new password is the same as the current one.");
        }
        policy.check(newPassword, me.getUsername());
        me.setPasswordHash(encoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, null, null, null, null, me.getUsername());
    }

    /** Anyone signed in changes the name the desk shows for them, and their email. */
    @PreAuthorize("isAuthenticated()")
    public User changeOwnProfile(String displayName, String email) {
        User me = current();
        me.setDisplayName(checkedName(displayName));
        me.setEmail(checkedEmail(email));
        return me;
    }

    /** Whether anybody has an account yet: asked at start-up, before anyone can sign in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    private User add(String username, String displayName, String email, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw WorkflowException.onField(FIELD_USERNAME, "A username is 2 to 60 lower-case letters, digits, dots, dashes or underscores.");
        }
        String shownName = checkedName(displayName);
        String mail = checkedEmail(email);
        policy.check(password, name);
        if (users.findByUsername(name).isPresent()) {
            throw WorkflowException.onField(FIELD_USERNAME, "The username " + name + " is taken.");
        }
        User user = new User(name, shownName, encoder.encode(password), roles);
        user.setEmail(mail);
        User saved = users.save(user);
        audit.record(AuditAction.USER_CREATED, null, null, null, saved.getRoles(), name);
        return saved;
    }

    private void requireAnotherActiveAdministrator(User user, String refusal) {
        boolean isActiveAdministrator = user.isActive() && user.hasRole(Role.ADMIN);
        if (isActiveAdministrator && users.findActiveWithRole(Role.ADMIN).size() <= 1) {
            throw new WorkflowException(refusal);
        }
    }

    private static String checkedName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > User.DISPLAY_NAME_MAX) {
            throw WorkflowException.onField(FIELD_NAME, "Give the person a name of at most " + User.DISPLAY_NAME_MAX + " characters.");
        }
        return displayName.strip();
    }

    private static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String mail = email.strip();
        if (mail.length() > User.EMAIL_MAX || !EMAIL.matcher(mail).matches()) {
            throw WorkflowException.onField(FIELD_EMAIL, "That does not look like an email address: it needs a name, an @ and a domain.");
        }
        return mail;
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
