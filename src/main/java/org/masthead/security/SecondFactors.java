package org.masthead.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who has a second factor, who must have one, and whether a code is right. Everything lives in
 * the database, so every node agrees: the secret, the last time step whose code was accepted
 * (a code is good once), the recovery codes (hashed, each good once) and the administrator's
 * choice of roles. Callers check who may ask: the sign-in step, the person themselves
 * (security/ui), the administrator's service (secondfactor).
 */
@Component
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder encoder;
    private final TotpCodes totp;
    private final SecretBox box;
    private final Set<Role> configuredRoles;
    private final Clock clock;

    SecondFactors(JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder encoder, TotpCodes totp,
                  SecondFactorSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.encoder = encoder;
        this.totp = totp;
        this.box = new SecretBox(settings.key());
        this.configuredRoles = settings.requiredRoles();
        this.clock = clock;
        if (settings.key().isEmpty() && !settings.requiredRoles().isEmpty()) {
            log.warn("MASTHEAD_SECOND_FACTOR_KEY is not set: second-factor secrets are stored unencrypted in the database. Set a key.");
        }
    }

    /**
     * THE answer to "has this person an enrolled second factor?", for the sign-in step, the
     * profile and the Users screen alike. Today an authenticator app (TOTP); a passkey counts
     * too once passkeys are stored (add it here, and nowhere else).
     */
    public boolean isEnrolled(String username) {
        Integer found = jdbc.queryForObject("select count(*) from second_factors where username = ?", Integer.class, username);
        return found != null && found > 0;
    }

    /** Whether any of these authorities (a person's roles) must use a second factor. */
    public boolean isRequiredFor(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> required = requiredRoles();
        return authorities.stream().anyMatch(a -> required.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
    }

    /** The roles that must use a second factor: the administrator's choice, else the configuration's. */
    public Set<Role> requiredRoles() {
        List<String> chosen = jdbc.queryForList("select required_roles from second_factor_policy where id = 1", String.class);
        if (chosen.isEmpty()) {
            return configuredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(configuredRoles);
        }
        return Arrays.stream(chosen.get(0).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Stores the administrator's choice (their service checks who asks, and records it). */
    public void requireFor(Set<Role> roles) {
        String value = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
        transaction.executeWithoutResult(tx -> {
            if (jdbc.update("update second_factor_policy set required_roles = ?, version = version + 1 where id = 1", value) == 0) {
                jdbc.update("insert into second_factor_policy (id, required_roles, version) values (1, ?, 0)", value);
            }
        });
    }

    /** A new secret for someone about to enrol: shown to them, stored only once they confirm it. */
    public String newSecret() {
        return totp.newSecret();
    }

    /** The secret as a QR code for the authenticator app (a data: address of a PNG). */
    public String qrCode(String username, String secret) {
        return totp.qrCode(username, secret);
    }

    /**
     * Enrols the person with this secret if the code is the app's current one: stores the secret
     * (replacing any earlier one), and answers the ten recovery codes, in clear this once. Empty
     * when the code is not right: nothing is stored.
     */
    public Optional<List<String>> enrol(String username, String secret, String code) {
        Instant now = clock.instant();
        OptionalLong step = totp.stepOf(secret, normalised(code), now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        List<String> hashes = codes.stream().map(encoder::encode).toList();
        transaction.executeWithoutResult(tx -> {
            clearIn(username);
            jdbc.update("insert into second_factors (username, secret, last_used_step, enrolled_at, version) values (?, ?, ?, ?, 0)",
                    username, box.seal(secret), step.getAsLong(), Timestamp.from(now));
            jdbc.batchUpdate("insert into recovery_codes (username, code_hash) values (?, ?)",
                    hashes.stream().map(hash -> new Object[] {username, hash}).toList());
        });
        return Optional.of(codes);
    }

    /**
     * Whether this is a right code of the person's, now used: the authenticator app's code of a
     * time step later than the last one accepted, or one of their unused recovery codes. The use
     * is a conditional update, so the same code presented twice (on two nodes at once too) is
     * accepted once.
     */
    public boolean accept(String username, String typed) {
        String code = normalised(typed);
        if (code.matches("\\d{" + TotpCodes.DIGITS + "}")) {
            return acceptTotp(username, code);
        }
        return !code.isEmpty() && acceptRecoveryCode(username, code);
    }

    private boolean acceptTotp(String username, String code) {
        List<String> sealed = jdbc.queryForList("select secret from second_factors where username = ?", String.class, username);
        if (sealed.isEmpty()) {
            return false;
        }
        OptionalLong step = totp.stepOf(box.open(sealed.get(0)), code, clock.instant());
        return step.isPresent() && jdbc.update("update second_factors set last_used_step = ?, version = version + 1 "
                + "where username = ? and last_used_step < ?", step.getAsLong(), username, step.getAsLong()) == 1;
    }

    private boolean acceptRecoveryCode(String username, String code) {
        record Unused(long id, String hash) {
        }
        List<Unused> unused = jdbc.query("select id, code_hash from recovery_codes where username = ? and used_at is null order by id",
                (rs, i) -> new Unused(rs.getLong(1), rs.getString(2)), username);
        for (Unused candidate : unused) {
            if (encoder.matches(code, candidate.hash())) {
                return jdbc.update("update recovery_codes set used_at = ? where id = ? and used_at is null",
                        Timestamp.from(clock.instant()), candidate.id()) == 1;
            }
        }
        return false;
    }

    /** How many recovery codes the person has left. */
    public int recoveryCodesLeft(String username) {
        Integer left = jdbc.queryForObject("select count(*) from recovery_codes where username = ? and used_at is null",
                Integer.class, username);
        return left == null ? 0 : left;
    }

    /** Takes away the person's second factor and recovery codes (an administrator's reset, an operator's recovery). */
    public void clear(String username) {
        transaction.executeWithoutResult(tx -> clearIn(username));
    }

    private void clearIn(String username) {
        jdbc.update("delete from recovery_codes where username = ?", username);
        jdbc.update("delete from second_factors where username = ?", username);
    }

    /** What people type: spaces and case do not matter ("123 456", "ABCD-efgh-..."). */
    private static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
