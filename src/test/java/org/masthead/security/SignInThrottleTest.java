package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.security.SignInThrottle.Limits;
import org.masthead.security.SignInThrottle.Policy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The throttle's arithmetic on the real table, with a clock the test moves. Every attempt here
 * is a wrong password unless it says otherwise: a reserved attempt counts as a failure.
 */
class SignInThrottleTest extends ServiceTest {

    /** The defaults of application.properties. */
    static final Policy DEFAULT_POLICY = new Policy(
            new Limits(3, 10, Duration.ofMinutes(15), Duration.ofSeconds(30)),
            new Limits(10, 50, Duration.ofMinutes(15), Duration.ofSeconds(30)),
            Limits.slowingOnly(20, Duration.ofMinutes(15), Duration.ofSeconds(30)));

    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.5";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private SignInThrottle throttle;

    @BeforeEach
    void defaultPolicy() {
        throttle = new SignInThrottle(jdbc, transactions, clock, DEFAULT_POLICY);
    }

    @Test
    void the_first_three_wrong_passwords_cost_nothing() {
        assertThat(failTimes("wendy", ATTACKER, 3)).isEqualTo(3);
    }

    @Test
    void after_three_wrong_passwords_from_one_address_each_attempt_waits_twice_as_long_as_the_one_before() {
        failTimes("wendy", ATTACKER, 3);
        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).isEmpty();

        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).contains(Duration.ofSeconds(2));
    }

    @Test
    void after_ten_wrong_passwords_the_name_is_refused_from_that_address_for_fifteen_minutes_then_forgiven() {
        failPatiently("wendy", ATTACKER, 10);

        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).isPresent();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).isEmpty();
    }

    @Test
    void the_attackers_lock_on_a_name_does_not_keep_its_owner_out_from_another_address() {
        failPatiently("adam", ATTACKER, 10);
        assertThat(throttle.reserveAttempt("adam", ATTACKER)).isPresent();

        assertThat(throttle.reserveAttempt("adam", HOME)).isEmpty();
    }

    @Test
    void names_are_counted_however_they_are_typed() {
        failTimes("Wendy ", ATTACKER, 3);

        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).isPresent();
    }

    @Test
    void the_right_password_clears_the_count_of_the_name_from_that_address() {
        failTimes("wendy", HOME, 2);
        assertThat(throttle.reserveAttempt("wendy", HOME)).isEmpty();

        throttle.succeeded("wendy", HOME);

        assertThat(failTimes("wendy", HOME, 3)).isEqualTo(3);
    }

    @Test
    void guessing_across_many_names_from_one_address_is_slowed_down_then_refused_for_every_name() {
        for (int i = 0; i < 10; i++) {
            throttle.reserveAttempt("name-" + i, ATTACKER);
        }
        assertThat(throttle.reserveAttempt("somebody-else", ATTACKER)).isPresent();
        assertThat(throttle.reserveAttempt("somebody-else", HOME)).isEmpty();

        for (int i = 10; i < 50; i++) {
            throttle.reserveAttempt("name-" + i, ATTACKER).ifPresent(clock::advance);
            throttle.reserveAttempt("name-" + i, ATTACKER);
        }

        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).contains(Duration.ofMinutes(15));
        assertThat(throttle.reserveAttempt("wendy", HOME)).isEmpty();
    }

    @Test
    void a_right_password_from_an_address_does_not_clear_that_addresss_other_failures() {
        for (int i = 0; i < 9; i++) {
            throttle.reserveAttempt("name-" + i, ATTACKER);
        }
        throttle.reserveAttempt("attackers-own-account", ATTACKER);
        throttle.succeeded("attackers-own-account", ATTACKER);

        assertThat(throttle.reserveAttempt("name-9", ATTACKER)).as("the tenth failure").isEmpty();
        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).isPresent();
    }

    @Test
    void waits_never_grow_past_thirty_seconds_before_the_lock() {
        failPatiently("wendy", ATTACKER, 9);

        assertThat(throttle.reserveAttempt("wendy", ATTACKER)).contains(Duration.ofSeconds(30));
    }

    @Test
    void old_failures_are_forgiven_after_a_quiet_quarter_of_an_hour() {
        failTimes("wendy", ATTACKER, 3);

        clock.advance(Duration.ofMinutes(16));

        assertThat(failTimes("wendy", ATTACKER, 3)).isEqualTo(3);
    }

    @Test
    void guessing_one_name_from_many_addresses_slows_down_the_addresses_that_failed_but_never_a_clean_one() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.reserveAttempt("paula", "192.0.2." + i)).isEmpty();
        }

        assertThat(throttle.reserveAttempt("paula", "192.0.2.1")).as("an address that failed for her").isPresent();
        throttle.reserveAttempt("walter", "192.0.2.99");
        assertThat(throttle.reserveAttempt("paula", "192.0.2.99")).as("an address that failed for another name").isPresent();
        assertThat(throttle.reserveAttempt("paula", HOME)).as("a clean address").isEmpty();
    }

    @Test
    void the_ceiling_on_a_name_never_locks_it() {
        for (int i = 0; i < 200; i++) {
            throttle.reserveAttempt("paula", "192.0.2." + i).ifPresent(clock::advance);
            throttle.reserveAttempt("paula", "192.0.2." + i);
        }

        assertThat(throttle.reserveAttempt("paula", HOME)).isEmpty();
    }

    /** How many of {@code times} attempts at once were let through (and so counted as failures). */
    private int failTimes(String name, String address, int times) {
        int through = 0;
        for (int i = 0; i < times; i++) {
            through += throttle.reserveAttempt(name, address).isEmpty() ? 1 : 0;
        }
        return through;
    }

    /** Fails, each time after waiting as long as asked, as a patient guesser would. */
    private void failPatiently(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            Optional<Duration> wait = throttle.reserveAttempt(name, address);
            if (wait.isPresent()) {
                clock.advance(wait.get());
                assertThat(throttle.reserveAttempt(name, address)).isEmpty();
            }
        }
    }
}
