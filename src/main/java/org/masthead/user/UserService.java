package org.masthead.user;

import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class UserService {

    public static final int PASSWORD_MIN = 12;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2," + User.USERNAME_MAX + "}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    UserService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /** The signed-in person. */
    @Transactional(readOnly = true)
    public User current() {
        String username = currentUser.requireUsername();
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }

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
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new WorkflowException("A username is 2 to 60 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > User.DISPLAY_NAME_MAX) {
            throw new WorkflowException("Give the person a name of at most " + User.DISPLAY_NAME_MAX + " characters.");
        }
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new WorkflowException("A password needs at least " + PASSWORD_MIN + " characters.");
        }
        if (roles == null || roles.isEmpty()) {
            throw new WorkflowException("Give the person at least one role.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new WorkflowException("The username " + name + " is taken.");
        }
        return users.save(new User(name, displayName.trim(), encoder.encode(password), roles));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User changeRoles(long userId, Set<Role> roles) {
        User user = require(userId);
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && users.findActiveWithRole(Role.ADMIN).size() <= 1) {
            throw new WorkflowException("Somebody must stay an administrator: give another person the role first.");
        }
        if (roles.isEmpty()) {
            throw new WorkflowException("Give the person at least one role.");
        }
        user.setRoles(EnumSet.copyOf(roles));
        return user;
    }

    /** Switches the signed-in person's email notifications on or off, with the address to use. */
    @PreAuthorize("isAuthenticated()")
    public User setMyEmailNotifications(String email, boolean on) {
        User me = current();
        String address = email == null ? "" : email.strip();
        if (on && !EMAIL.matcher(address).matches()) {
            throw new WorkflowException("Give an email address like name@example.org to get notifications by email.");
        }
        me.setEmail(address.isEmpty() ? null : address);
        me.setEmailNotifications(on);
        return me;
    }

    /** The addresses of those among these people who asked for email notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> mailAddressesOf(Collection<String> usernames) {
        return usernames.stream().map(users::findByUsername).flatMap(Optional::stream)
                .filter(u -> u.isActive() && u.wantsEmail()).map(User::getEmail).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }
}
