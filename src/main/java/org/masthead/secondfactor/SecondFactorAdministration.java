package org.masthead.secondfactor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.mailing.NotificationMails;
import org.masthead.security.Role;
import org.masthead.security.SecondFactorReset;
import org.masthead.security.SecondFactors;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators decide which roles must sign in with a second factor, and reset a person's
 * (a lost phone): audited, the person told by mail, and their sessions ended through the
 * {@link SecondFactorReset} event.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SecondFactorAdministration {

    static final String RESET_SUBJECT = "Your second factor was reset";

    private final SecondFactors factors;
    private final UserService users;
    private final AuditTrail audit;
    private final NotificationMails mails;
    private final ApplicationEventPublisher events;

    SecondFactorAdministration(SecondFactors factors, UserService users, AuditTrail audit, NotificationMails mails,
                               ApplicationEventPublisher events) {
        this.factors = factors;
        this.users = users;
        this.audit = audit;
        this.mails = mails;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Set<Role> requiredRoles() {
        return factors.requiredRoles();
    }

    public void requireFor(Set<Role> roles) {
        Set<Role> before = factors.requiredRoles();
        Set<Role> after = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        factors.requireFor(after);
        audit.record(AuditAction.SECOND_FACTOR_ROLES_SET, null, null, before, after, null);
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(String username) {
        return factors.isEnrolled(username);
    }

    /**
     * Takes the person's second factor and recovery codes away. At their next sign-in their
     * password alone lets them in, or, where their role requires one, sends them to set up a new one.
     */
    public void reset(long userId) {
        User person = users.require(userId);
        factors.clear(person.getUsername());
        audit.record(AuditAction.USER_SECOND_FACTOR_RESET, null, null, null, null, person.getUsername());
        if (person.getEmail() != null && !person.getEmail().isBlank()) {
            // A security notice: sent whether or not the person asked for their turns by email.
            mails.queue(List.of(person.getEmail()), RESET_SUBJECT, "Hello " + person.getDisplayName() + ",\n\n"
                    + "an administrator reset the second factor of your Masthead account (" + person.getUsername() + "). "
                    + "Your authenticator app and your recovery codes no longer sign you in, and you were signed out "
                    + "everywhere. At your next sign-in, set up a new second factor.\n\n"
                    + "If you did not ask for this, tell an administrator at once.\n");
        }
        events.publishEvent(new SecondFactorReset(person.getUsername()));
    }
}
