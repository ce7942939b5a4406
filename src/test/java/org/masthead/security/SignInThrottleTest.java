package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.security.SignInThrottle.Limits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle's arithmetic on the real table, with a clock the test moves. */
class SignInThrottleTest extends ServiceTest {

    private static final String HOME = "127.0.0.5";

    @Autowired
    JdbcTemplate jdbc;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private SignInThrottle throttle;

    @BeforeEach
    void defaultLimits() {
        throttle = new SignInThrottle(jdbc, clock,
                new Limits(3, 10, Duration.ofMinutes(15), Duration.ofSeconds(30)),
                new Limits(10, 50, Duration.ofMinutes(15), Duration.ofSeconds(30)));
    }

    @Test
    void the_first_few_wrong_passwords_cost_nothing() {
        failTimes("wendy", 2);

        assertThat(throttle.waitBefore("wendy", HOME)).isEmpty();
    }

    @Test
    void after_three_wrong_passwords_each_attempt_waits_twice_as_long_as_the_one_before() {
        failTimes("wendy", 3);
        assertThat(throttle.waitBefore("wendy", HOME)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("wendy", HOME)).isEmpty();
        throttle.failed("wendy", HOME);

        assertThat(throttle.waitBefore("wendy", HOME)).contains(Duration.ofSeconds(2));
    }

    @Test
    void after_ten_wrong_passwords_the_name_is_refused_for_fifteen_minutes_then_forgiven() {
        failPatiently("wendy", 10);

        assertThat(throttle.waitBefore("wendy", HOME)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitBefore("wendy", HOME)).isPresent();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("wendy", HOME)).isEmpty();
        throttle.failed("wendy", HOME);
        assertThat(throttle.waitBefore("wendy", HOME)).as("a fresh count after the lock").isEmpty();
    }

    @Test
    void the_name_is_refused_from_every_address_once_locked() {
        failPatiently("wendy", 10);

        assertThat(throttle.waitBefore("wendy", "127.0.0.9")).isPresent();
        assertThat(throttle.waitBefore("walter", HOME)).as("another name from the same address").isEmpty();
    }

    @Test
    void names_are_counted_however_they_are_typed() {
        failTimes("Wendy ", 3);

        assertThat(throttle.waitBefore("wendy", HOME)).isPresent();
    }

    @Test
    void the_right_password_clears_the_count_for_the_name() {
        failTimes("wendy", 3);
        clock.advance(Duration.ofSeconds(1));

        throttle.succeeded("wendy");

        failTimes("wendy", 2);
        assertThat(throttle.waitBefore("wendy", HOME)).isEmpty();
    }

    @Test
    void guessing_across_many_names_from_one_address_is_slowed_down_too() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("name-" + i, HOME);
        }

        assertThat(throttle.waitBefore("somebody-else", HOME)).isPresent();
        assertThat(throttle.waitBefore("somebody-else", "127.0.0.9")).isEmpty();
    }

    @Test
    void waits_never_grow_past_thirty_seconds_before_the_lock() {
        failPatiently("wendy", 9);

        assertThat(throttle.waitBefore("wendy", HOME)).contains(Duration.ofSeconds(30));
    }

    @Test
    void old_failures_are_forgiven_after_a_quiet_quarter_of_an_hour() {
        failTimes("wendy", 3);

        clock.advance(Duration.ofMinutes(16));
        throttle.failed("wendy", HOME);

        assertThat(throttle.waitBefore("wendy", HOME)).isEmpty();
    }

    private void failTimes(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, HOME);
        }
    }

    /**
     * Fails, each time after waiting as long as asked, as a patient guesser would; from a new
     * address each time, so only the name's count is at work.
     */
    private void failPatiently(String name, int times) {
        for (int i = 0; i < times; i++) {
            String address = "127.0.1." + i;
            throttle.waitBefore(name, address).ifPresent(clock::advance);
            throttle.failed(name, address);
        }
    }
}
