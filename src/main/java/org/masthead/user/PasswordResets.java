package org.masthead.user;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.PublicAddress;
import org.masthead.base.WindowCounts;
import org.masthead.base.WorkflowException;
import org.masthead.security.PasswordResetGrant;
import org.masthead.security.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link by mail, then a new password. Asked by someone not signed in,
 * so every answer is the same whether or not the address belongs to anyone: the same sentence, and
 * the same work (the request is counted, and a token is made, either way; only the mail differs,
 * and that is queued, not sent, so the answer does not wait for it). Requests are limited per
 * address and per client (password_reset_attempts, counted like the sign-up form's). Deactivated
 * people get nothing.
 */
@Service
public class PasswordResets {

    /** What the form says after every request that is not over the limits. */
    public static final String SENT = "If that address or username belongs to an active account with an email address, "
            + "a link to set a new password is on its way there. It works once, for a short while.";
    public static final String TOO_MANY = "Too many links were asked for from here or for that address. Try again later.";
    /** The field the limits' refusal is shown on. */
    public static final String FIELD_ADDRESS = "address";
    /** The field that shows a second password that differs from the first. */
    public static final String FIELD_REPEATED = "repeated";
    public static final String EXPIRED = "This link has expired or was used already. Ask for a new one on the sign-in page.";

    /** Whom a request for an unknown address makes its token for: no username has a space (AccountOpening). */
    private static final String NOBODY = "no account";
    private static final int CLIENT_MAX = 100;
    private static final int ADDRESS_MAX = 200;

    private final UserRepository users;
    private final OneTimeTokenService tokens;
    private final AccountMail mail;
    private final PasswordResetSettings settings;
    private final WindowCounts counts;
    private final PublicAddress address;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final DeskSessions sessions;
    private final Clock clock;

    PasswordResets(UserRepository users, OneTimeTokenService tokens, AccountMail mail, PasswordResetSettings settings,
                   JdbcTemplate jdbc, PlatformTransactionManager transactions, PublicAddress address,
                   PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, DeskSessions sessions, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.settings = settings;
        this.counts = new WindowCounts(jdbc, transactions, clock, "password_reset_attempts");
        this.address = address;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Open to anyone: the person has forgotten their password, so nobody is signed in. Bounded by
     * the limits per address and per client; refused with {@link #TOO_MANY} beyond them.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void sendLink(String addressOrUsername, String client) {
        String asked = addressOrUsername == null ? "" : addressOrUsername.strip().toLowerCase(Locale.ROOT);
        if (asked.isEmpty()) {
            throw WorkflowException.onField(FIELD_ADDRESS, "Give your email address or your username.");
        }
        if (asked.length() > ADDRESS_MAX) {
            asked = asked.substring(0, ADDRESS_MAX);
        }
        if (counts.count(WindowCounts.client(client, CLIENT_MAX), settings.window()) > settings.perClient()
                || counts.count("address:" + WindowCounts.sha256(asked), settings.window()) > settings.perAddress()) {
            throw WorkflowException.onField(FIELD_ADDRESS, TOO_MANY);
        }
        List<User> people = accountsOf(asked);
        if (people.isEmpty()) {
            // The same token work as for an account; NOBODY is no username, so this token opens nothing and is mailed nowhere.
            tokens.generate(new GenerateOneTimeTokenRequest(NOBODY, settings.linkValidFor()));
            return;
        }
        for (User person : people) {
            OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(person.getUsername(), settings.linkValidFor()));
            mail.queue(person.getEmail(), "Set a new password for Masthead", body(person, token));
        }
    }

    /** The active accounts a request names: by username, else every active one with that email. */
    private List<User> accountsOf(String asked) {
        Optional<User> byName = users.findByUsername(asked).filter(User::isActive);
        List<User> people = byName.map(List::of).orElseGet(() -> users.findByEmailIgnoreCaseAndActiveTrue(asked));
        return people.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
    }

    private String body(User person, OneTimeToken token) {
        long minutes = settings.linkValidFor().toMinutes();
        return "Hello " + person.getDisplayName() + ",\n\n"
                + "someone (we hope you) asked to set a new password for your Masthead account \"" + person.getUsername() + "\".\n"
                + "Open this link and press the button on the page, then choose your new password:\n\n"
                + address.of("/login/ott?token=" + token.getTokenValue()) + "\n\n"
                + "The link works once, for " + minutes + " minutes. Then sign in with the new password as usual.\n"
                + "If you did not ask for this, ignore this mail: your password stays as it is.\n";
    }

    /**
     * Open to anyone who holds a grant: the grant is what following a valid link put in their
     * session (security.ResetLinks), and nobody else can make one. Sets the new password under the
     * policy, records it in the audit trail as the person's own act, and ends the grant's use.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void setNewPassword(PasswordResetGrant grant, String newPassword, String repeated) {
        if (grant == null || !grant.isValidAt(clock.instant())) {
            throw new WorkflowException(EXPIRED);
        }
        User person = users.findByUsername(grant.username()).filter(User::isActive)
                .orElseThrow(() -> new WorkflowException(EXPIRED));
        policy.check(newPassword, person.getUsername());
        if (!newPassword.equals(repeated)) {
            throw WorkflowException.onField(FIELD_REPEATED, "The two passwords are not the same.");
        }
        person.setPasswordHash(encoder.encode(newPassword));
        // Whoever knew the old password is signed out everywhere, on every node, as after an administrator's reset.
        sessions.restamp(person, SignOutReason.PASSWORD_RESET_BY_LINK, null);
        RunAs.as(person.getUsername(), person.getRoles(), () -> {
            audit.record(AuditAction.PASSWORD_RESET_BY_LINK, null, null, null, null, person.getUsername());
            return null;
        });
    }

}
