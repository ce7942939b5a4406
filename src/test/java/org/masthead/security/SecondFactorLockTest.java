package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Someone who has phished erin's password guesses her codes patiently: the throttle locks the name
 * from their address after ten failures, exactly as after ten wrong passwords, while erin signs in
 * from home. The clock stands still between steps (SignInProtectionTest's context, shared).
 */
@AutoConfigureMockMvc
@Import(SignInProtectionTest.StoppedClock.class)
@TestPropertySource(properties = "masthead.test.database=sign_in_protection")
class SecondFactorLockTest extends ServiceTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.5";
    /** Longer than any wait before a lock, shorter than a lock. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    SecondFactors factors;

    @Test
    void after_the_password_and_nine_wrong_codes_the_attackers_address_is_locked_for_that_name_while_erin_signs_in_from_home()
            throws Exception {
        String secret = factors.newSecret();
        factors.enrol("erin", secret, AuthenticatorApp.codeAt(secret, clock.instant())).orElseThrow();
        clock.advance(PATIENCE);
        MockHttpSession attacker = signIn(ATTACKER);
        for (int i = 0; i < 9; i++) {
            clock.advance(PATIENCE);
            MvcResult guess = postCode(attacker, ATTACKER, wrongCode(secret));
            assertThat(failureOf(guess)).as("guess %d", i).isNotInstanceOf(SignInRefusedException.class);
        }

        clock.advance(PATIENCE);
        MvcResult rightCode = postCode(attacker, ATTACKER, AuthenticatorApp.codeAt(secret, clock.instant()));
        MvcResult password = mvc.perform(post("/login").param("username", "erin").param("password", Desk.PASSWORD)
                .with(csrf()).with(from(ATTACKER))).andReturn();

        assertThat(failureOf(rightCode)).isInstanceOf(SignInRefusedException.class);
        assertThat(signedInAs(attacker)).isNull();
        assertThat(failureOf(password)).as("the password from there too").isInstanceOf(SignInRefusedException.class);
        clock.advance(PATIENCE);
        MockHttpSession home = signIn(HOME);
        postCode(home, HOME, AuthenticatorApp.codeAt(secret, clock.instant()));
        assertThat(signedInAs(home)).isEqualTo("erin");
    }

    /** Six digits that are not the app's code now, nor a step either side. */
    private String wrongCode(String secret) {
        java.util.Set<String> right = java.util.Set.of(AuthenticatorApp.codeAt(secret, clock.instant().minus(PATIENCE)),
                AuthenticatorApp.codeAt(secret, clock.instant()), AuthenticatorApp.codeAt(secret, clock.instant().plus(PATIENCE)));
        return java.util.stream.IntStream.range(0, 4).mapToObj(n -> String.format("%06d", n))
                .filter(code -> !right.contains(code)).findFirst().orElseThrow();
    }

    private MockHttpSession signIn(String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", "erin").param("password", Desk.PASSWORD)
                .with(csrf()).with(from(address))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.CODE_PATH);
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult postCode(MockHttpSession session, String address, String code) throws Exception {
        return mvc.perform(post(SecondFactorStep.CODE_PATH).session(session).param("code", code).with(csrf()).with(from(address)))
                .andReturn();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static Object failureOf(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static String signedInAs(HttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }
}
