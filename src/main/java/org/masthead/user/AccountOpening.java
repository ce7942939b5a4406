package org.masthead.user;

import java.util.Set;
import java.util.regex.Pattern;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Opens an account, whoever asks: an administrator ({@link Accounts}) or the first run
 * ({@link FirstRun}). Not public: each caller guards who may open one.
 */
@Component
class AccountOpening {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2," + User.USERNAME_MAX + "}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;

    AccountOpening(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    User open(String username, String displayName, String email, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw WorkflowException.onField(UserService.FIELD_USERNAME,
                    "A username is 2 to 60 lower-case letters, digits, dots, dashes or underscores.");
        }
        String shownName = PersonDetails.checkedName(displayName);
        String mail = PersonDetails.checkedEmail(email);
        policy.check(password, name);
        if (users.findByUsername(name).isPresent()) {
            throw WorkflowException.onField(UserService.FIELD_USERNAME, "The username " + name + " is taken.");
        }
        User user = new User(name, shownName, encoder.encode(password), roles);
        user.setEmail(mail);
        User saved = users.save(user);
        audit.record(AuditAction.USER_CREATED, null, null, null, saved.getRoles(), name);
        return saved;
    }
}
