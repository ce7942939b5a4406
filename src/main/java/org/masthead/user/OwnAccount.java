package org.masthead.user;

import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone signed in manages their own name, email, password and notifications, on their profile. */
@Service
@Transactional
public class OwnAccount {

    private final UserService people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final DeskSessions sessions;

    OwnAccount(UserService people, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, DeskSessions sessions) {
        this.people = people;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** Anyone signed in changes the name the desk shows for them, and their email. */
    @PreAuthorize("isAuthenticated()")
    public User changeOwnProfile(String displayName, String email) {
        User me = people.current();
        me.setDisplayName(PersonDetails.checkedName(displayName));
        me.setEmail(PersonDetails.checkedEmail(email));
        return me;
    }

    /** Anyone signed in changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        User me = people.current();
        if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
            throw WorkflowException.onField(UserService.FIELD_CURRENT_PASSWORD,
                    "Your current password is not right, so nothing was changed.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw WorkflowException.onField(UserService.FIELD_PASSWORD, "The new password is the same as the current one.");
        }
        policy.check(newPassword, me.getUsername());
        me.setPasswordHash(encoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, null, null, null, null, me.getUsername());
        // Every other session of theirs ends (someone who knew the old password is out); this one goes on.
        sessions.restamp(me, SignOutReason.PASSWORD_CHANGED, sessions.currentKey().orElse(null));
    }

    /** Switches the signed-in person's email notifications on or off, with the address to use. */
    @PreAuthorize("isAuthenticated()")
    public User setMyEmailNotifications(String email, boolean on) {
        User me = people.current();
        String address = PersonDetails.checkedEmail(email);
        if (on && address == null) {
            throw WorkflowException.onField(UserService.FIELD_EMAIL,
                    "Give an email address like name@example.org to get notifications by email.");
        }
        me.setEmail(address);
        me.setEmailNotifications(on);
        return me;
    }
}
