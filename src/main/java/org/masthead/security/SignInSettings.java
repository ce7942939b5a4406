package org.masthead.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are slowed and refused ({@code masthead.sign-in.*}; README, "Sign-in
 * protection"). Checked at start: a bad value stops the app with a sentence naming the variable.
 *
 * @param pair    failures of one name from one address
 * @param address failures from one address, across all names
 * @param account failures of one name, across all addresses (slowed only, never refused)
 * @param lockFor how long a refusal lasts, and how long a count is remembered after its last failure
 */
@Validated
@ConfigurationProperties("masthead.sign-in")
public record SignInSettings(
        @Valid @DefaultValue Pair pair,
        @Valid @DefaultValue Address address,
        @Valid @DefaultValue Account account,
        @NotNull @DurationMin(seconds = 1, message = "MASTHEAD_SIGN_IN_LOCK_FOR (masthead.sign-in.lock-for) must be at least 1s, e.g. 15m")
        @DefaultValue("15m") Duration lockFor) {

    /**
     * @param slowAfter failures after which each further attempt waits
     * @param lockAfter failures after which attempts are refused
     */
    public record Pair(
            @Min(value = 1, message = "MASTHEAD_SIGN_IN_PAIR_SLOW_AFTER (masthead.sign-in.pair.slow-after) must be at least 1")
            @DefaultValue("3") int slowAfter,
            @Min(value = 1, message = "MASTHEAD_SIGN_IN_PAIR_LOCK_AFTER (masthead.sign-in.pair.lock-after) must be at least 1")
            @DefaultValue("10") int lockAfter) {

        @AssertTrue(message = "MASTHEAD_SIGN_IN_PAIR_LOCK_AFTER must be more than MASTHEAD_SIGN_IN_PAIR_SLOW_AFTER: slowing comes before refusing")
        public boolean isSlowedBeforeRefused() {
            return lockAfter > slowAfter;
        }
    }

    /**
     * @param slowAfter failures after which each further attempt waits
     * @param lockAfter failures after which attempts are refused
     */
    public record Address(
            @Min(value = 1, message = "MASTHEAD_SIGN_IN_ADDRESS_SLOW_AFTER (masthead.sign-in.address.slow-after) must be at least 1")
            @DefaultValue("10") int slowAfter,
            @Min(value = 1, message = "MASTHEAD_SIGN_IN_ADDRESS_LOCK_AFTER (masthead.sign-in.address.lock-after) must be at least 1")
            @DefaultValue("50") int lockAfter) {

        @AssertTrue(message = "MASTHEAD_SIGN_IN_ADDRESS_LOCK_AFTER must be more than MASTHEAD_SIGN_IN_ADDRESS_SLOW_AFTER: slowing comes before refusing")
        public boolean isSlowedBeforeRefused() {
            return lockAfter > slowAfter;
        }
    }

    /** @param slowAfter failures after which each further attempt waits, from addresses that failed themselves */
    public record Account(
            @Min(value = 1, message = "MASTHEAD_SIGN_IN_ACCOUNT_SLOW_AFTER (masthead.sign-in.account.slow-after) must be at least 1")
            @DefaultValue("20") int slowAfter) {
    }
}
