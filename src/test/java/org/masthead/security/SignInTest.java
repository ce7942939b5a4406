package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in and out through the real filter chain, as the sign-in form posts it. */
@AutoConfigureMockMvc
class SignInTest extends ServiceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_right_password_signs_in() throws Exception {
        MvcResult result = signIn("wendy", Desk.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(signedInAs(result.getRequest().getSession())).isEqualTo("wendy");
    }

    @Test
    void a_sign_in_posted_without_a_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", "wendy").param("password", Desk.PASSWORD))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session == null ? null : signedInAs(session)).isNull();
    }

    @Test
    void after_three_wrong_passwords_even_the_right_one_must_wait() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("wendy", "wrong-guess-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult result = signIn("wendy", Desk.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failureOf(result)).isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void a_name_without_an_account_is_slowed_down_exactly_like_one_with_an_account() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn("wendy", "wrong-guess-" + i);
            signIn("nobody-by-this-name", "wrong-guess-" + i);
        }

        Object known = failureOf(signIn("wendy", "another-guess"));
        Object unknown = failureOf(signIn("nobody-by-this-name", "another-guess"));

        assertThat(unknown).isInstanceOf(SignInRefusedException.class);
        assertThat(known).isInstanceOf(SignInRefusedException.class);
        assertThat(((Exception) unknown).getMessage()).isEqualTo(((Exception) known).getMessage());
    }

    @Test
    void a_deactivated_account_fails_like_a_wrong_password() throws Exception {
        desk.jdbc().update("update users set active = false where username = 'walter'");

        Object deactivated = failureOf(signIn("walter", Desk.PASSWORD));
        Object wrong = failureOf(signIn("wendy", "wrong-guess"));

        assertThat(signIn("walter", Desk.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(deactivated).isNotInstanceOf(SignInRefusedException.class);
        assertThat(wrong).isNotInstanceOf(SignInRefusedException.class);
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn("erin", Desk.PASSWORD).getRequest().getSession();

        mvc.perform(post("/logout").with(csrf()).session(session));

        assertThat(session.isInvalid()).isTrue();
        MvcResult after = mvc.perform(get("/audit").session(new MockHttpSession())).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
    }

    private static Object failureOf(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static String signedInAs(HttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : context.getAuthentication().getName();
    }
}
