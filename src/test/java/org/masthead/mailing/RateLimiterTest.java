package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.masthead.TestClock;

/** At most {@code rate} messages in any window, measured on a clock the test moves. */
class RateLimiterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-04T09:00:00Z"));

    @Test
    void three_per_second_lets_three_go_then_says_how_long_to_wait_for_the_fourth() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(1), clock);

        assertThat(limiter.tryTake()).isZero();
        clock.advance(Duration.ofMillis(200));
        assertThat(limiter.tryTake()).isZero();
        assertThat(limiter.tryTake()).isZero();

        assertThat(limiter.tryTake()).isEqualTo(Duration.ofMillis(800));
        assertThat(limiter.nextFree()).isEqualTo(Instant.parse("2026-12-04T09:00:01Z"));
    }

    @Test
    void the_window_slides_a_place_frees_up_when_the_oldest_message_leaves_it() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(1), clock);
        limiter.tryTake();                          // 09:00:00.000
        clock.advance(Duration.ofMillis(600));
        limiter.tryTake();                          // 09:00:00.600

        clock.advance(Duration.ofMillis(400));      // 09:00:01.000: the first has left the window
        assertThat(limiter.tryTake()).isZero();
        assertThat(limiter.tryTake()).isEqualTo(Duration.ofMillis(600));   // the second leaves at 01.600
        clock.advance(Duration.ofMillis(600));
        assertThat(limiter.tryTake()).isZero();
    }

    @Test
    void a_refused_attempt_takes_no_place() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1), clock);
        limiter.tryTake();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(100));
            assertThat(limiter.tryTake()).isPositive();
        }

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryTake()).isZero();
    }

    @Test
    void a_per_hour_rate_answers_a_long_wait_instead_of_sleeping_on_it() {
        RateLimiter limiter = new RateLimiter(100, Duration.ofHours(1), clock);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryTake()).isZero();
        }
        clock.advance(Duration.ofMinutes(10));

        assertThat(limiter.tryTake()).isEqualTo(Duration.ofMinutes(50));
        assertThat(limiter.nextFree()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void a_rate_of_zero_means_no_limit() {
        RateLimiter limiter = new RateLimiter(0, Duration.ofSeconds(1), clock);

        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.tryTake()).isZero();
        }
        assertThat(limiter.nextFree()).isEqualTo(clock.instant());
    }
}
