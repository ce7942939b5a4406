package org.masthead.mailing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the archive's sign-up form may be used ({@code masthead.sign-up.*}): a few times per
 * address (each sends a mail to it), more per client (a household or an office shares one).
 *
 * @param perAddress sign-ups of one address per window
 * @param perClient  sign-ups from one network address per window, whatever the addresses
 * @param window     the window both are counted in
 */
@Validated
@ConfigurationProperties("masthead.sign-up")
public record SignUpLimits(
        @Min(value = 1, message = "MASTHEAD_SIGN_UP_PER_ADDRESS (masthead.sign-up.per-address) must be at least 1")
        @DefaultValue("3") int perAddress,
        @Min(value = 1, message = "MASTHEAD_SIGN_UP_PER_CLIENT (masthead.sign-up.per-client) must be at least 1")
        @DefaultValue("20") int perClient,
        @NotNull @DurationMin(seconds = 1, message = "MASTHEAD_SIGN_UP_WINDOW (masthead.sign-up.window) must be at least 1s, e.g. 1h")
        @DefaultValue("1h") Duration window) {
}
