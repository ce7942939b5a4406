package org.masthead.user;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * "Forgot password" ({@code masthead.password-reset.*}; README, "Forgotten passwords and the
 * organisation's account").
 *
 * @param linkValidFor how long a mailed link works (once)
 * @param perAddress   requests for one address or username per window
 * @param perClient    requests from one network address per window, whatever the address
 * @param window       the window both are counted in
 */
@Validated
@ConfigurationProperties("masthead.password-reset")
public record PasswordResetSettings(
        @NotNull @DurationMin(minutes = 1, message = "MASTHEAD_PASSWORD_RESET_LINK_VALID_FOR (masthead.password-reset.link-valid-for) must be at least 1m, e.g. 30m")
        @DefaultValue("30m") Duration linkValidFor,
        @Min(value = 1, message = "MASTHEAD_PASSWORD_RESET_PER_ADDRESS (masthead.password-reset.per-address) must be at least 1")
        @DefaultValue("3") int perAddress,
        @Min(value = 1, message = "MASTHEAD_PASSWORD_RESET_PER_CLIENT (masthead.password-reset.per-client) must be at least 1")
        @DefaultValue("10") int perClient,
        @NotNull @DurationMin(seconds = 1, message = "MASTHEAD_PASSWORD_RESET_WINDOW (masthead.password-reset.window) must be at least 1s, e.g. 1h")
        @DefaultValue("1h") Duration window) {
}
