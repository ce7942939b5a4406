package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in protection through the real filter chain (README, "Sign-in protection"): the attacker
 * guessing from one address is slowed down, then refused, on that address only; the person whose
 * name is guessed still signs in from their own. The clock stands still unless a test waits.
 */
@AutoConfigureMockMvc
@Import(SignInProtectionTest.StoppedClock.class)
@TestPropertySource(properties = "masthead.test.database=sign_in_protection")
class SignInProtectionTest extends ServiceTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.5";
    /** Longer than any wait before a lock, shorter than a lock. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    @Test
    void after_three_wrong_guesses_from_one_address_even_the_right_password_from_there_must_wait_but_not_from_home()
            throws Exception {
        guessPatiently("admin", ATTACKER, 3);

        assertThat(failureOf(signIn("admin", Desk.PASSWORD, ATTACKER))).isInstanceOf(SignInRefusedException.class);
        assertThat(signedInAs(signIn("admin", Desk.PASSWORD, HOME))).isEqualTo("admin");
    }

    @Test
    void after_ten_wrong_guesses_the_attackers_address_is_refused_for_that_name_while_its_owner_signs_in_elsewhere()
            throws Exception {
        guessPatiently("admin", ATTACKER, 10);

        clock.advance(PATIENCE);
        MvcResult attacker = signIn("admin", Desk.PASSWORD, ATTACKER);
        MvcResult owner = signIn("admin", Desk.PASSWORD, HOME);

        assertThat(failureOf(attacker)).isInstanceOf(SignInRefusedException.class);
        assertThat(signedInAs(owner)).isEqualTo("admin");
    }

    @Test
    void after_fifty_wrong_guesses_from_one_address_every_name_is_refused_from_it_and_none_elsewhere() throws Exception {
        for (int i = 0; i < 40; i++) {
            guessPatiently("name-" + i, ATTACKER, 1);
        }
        guessPatiently("wendy", ATTACKER, 10);

        clock.advance(PATIENCE);
        assertThat(failureOf(signIn("erin", Desk.PASSWORD, ATTACKER))).isInstanceOf(SignInRefusedException.class);
        assertThat(failureOf(signIn("wendy", Desk.PASSWORD, ATTACKER))).isInstanceOf(SignInRefusedException.class);
        assertThat(signedInAs(signIn("erin", Desk.PASSWORD, HOME))).isEqualTo("erin");
        assertThat(signedInAs(signIn("wendy", Desk.PASSWORD, HOME))).isEqualTo("wendy");
    }

    /** Wrong guesses, each after waiting out any slow-down, as a patient attacker would. */
    private void guessPatiently(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            clock.advance(PATIENCE);
            MvcResult guess = signIn(username, "wrong-guess-" + i, address);
            assertThat(failureOf(guess)).as("guess %d", i).isNotInstanceOf(SignInRefusedException.class);
        }
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    private static Object failureOf(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static String signedInAs(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        SecurityContext context = session == null ? null : (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : context.getAuthentication().getName();
    }
}
