package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sixty sign-in attempts at once, on sixty threads, against the real table: the throttle checks
 * and counts each attempt in one step, so no more passwords are checked than it allows and no
 * failure goes uncounted. The clock stands still, so no wait runs out during the burst.
 */
class ParallelSignInTest extends ServiceTest {

    private static final int ATTEMPTS = 60;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SecondFactorStep secondFactor;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private ThrottledSignIn signIn;
    private ExecutorService threads;

    @BeforeEach
    void signInWithCountedPasswordChecks() {
        SignInThrottle throttle = new SignInThrottle(jdbc, transactions, clock, SignInThrottleTest.DEFAULT_POLICY);
        signIn = new ThrottledSignIn(accounts, new CountingEncoder(encoder, passwordChecks), throttle, secondFactor);
        threads = Executors.newFixedThreadPool(ATTEMPTS);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void sixty_guesses_at_once_for_one_name_from_one_address_get_only_three_passwords_checked() throws Exception {
        attemptAtOnce(i -> "wendy", i -> "203.0.113.7");

        assertThat(passwordChecks).hasValue(3);
        assertThat(failuresCounted("account:wendy")).isEqualTo(3);
    }

    @Test
    void sixty_guesses_at_once_from_sixty_fresh_addresses_are_all_checked_and_all_counted_for_the_name() throws Exception {
        attemptAtOnce(i -> "wendy", i -> "198.51.100." + i);

        assertThat(passwordChecks).hasValue(ATTEMPTS);
        assertThat(failuresCounted("account:wendy")).isEqualTo(ATTEMPTS);
    }

    @Test
    void sixty_guesses_at_once_for_sixty_names_from_one_address_get_only_ten_passwords_checked() throws Exception {
        attemptAtOnce(i -> "name-" + i, i -> "203.0.113.8");

        assertThat(passwordChecks).hasValue(10);
        assertThat(failuresCounted("address:203.0.113.8")).isEqualTo(10);
    }

    /** Starts every attempt at the same moment and waits for all of them. */
    private void attemptAtOnce(IntFunction<String> name, IntFunction<String> address) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                    name.apply(i), "wrong-guess-" + i);
            attempt.setDetails(new WebAuthenticationDetails(from(address.apply(i))));
            attempts.add(threads.submit(() -> {
                start.await();
                try {
                    signIn.authenticate(attempt);
                } catch (AuthenticationException refusedOrWrong) {
                    // expected: every guess is wrong, and most are refused
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> attempt : attempts) {
            attempt.get();
        }
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        return request;
    }

    private int failuresCounted(String subject) {
        return jdbc.queryForList("select failures from sign_in_failures where subject = ?", Integer.class, subject)
                .stream().findFirst().orElse(0);
    }

    /** The application's password encoder, counting how often a password is checked. */
    private record CountingEncoder(PasswordEncoder encoder, AtomicInteger checks) implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return encoder.matches(rawPassword, encodedPassword);
        }
    }
}
