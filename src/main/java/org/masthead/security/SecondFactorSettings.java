package org.masthead.security;

import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The second factor ({@code masthead.second-factor.*}; README, "Sign-in protection").
 *
 * @param requiredRoles the roles that must use a second factor until an administrator chooses on
 *                      Users → Second factor; none by default (the demo signs in with passwords),
 *                      administrators and publishers under the {@code prod} profile
 * @param key           the key the TOTP secrets are encrypted with in the database; without one
 *                      they are stored as they are
 * @param issuer        the name authenticator apps show beside the account
 * @param clearFor      a username whose second factor is cleared at start (audited): how an operator
 *                      lets a locked-out administrator in again; remove it after the restart
 */
@Validated
@ConfigurationProperties("masthead.second-factor")
public record SecondFactorSettings(
        @DefaultValue("") Set<Role> requiredRoles,
        @DefaultValue("") String key,
        @NotBlank(message = "MASTHEAD_SECOND_FACTOR_ISSUER (masthead.second-factor.issuer) must name the desk, e.g. Masthead")
        @DefaultValue("Masthead") String issuer,
        @DefaultValue("") String clearFor) {

    public SecondFactorSettings {
        requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
        key = key == null ? "" : key;
        clearFor = clearFor == null ? "" : clearFor.strip();
    }
}
