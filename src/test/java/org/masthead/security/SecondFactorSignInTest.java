package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.user.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The second step of signing in, through the real filter chain, as the sign-in and code forms post it. */
@AutoConfigureMockMvc
class SecondFactorSignInTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SecondFactors factors;
    @Autowired
    Accounts accounts;
    @Autowired
    StoredPasskeys passkeys;
    @Autowired
    SecondFactorStep step;

    private String erinsSecret;

    private List<String> enrolErin() {
        erinsSecret = factors.newSecret();
        return AuthenticatorApp.enrol(factors, "erin", erinsSecret);
    }

    @Test
    void a_person_with_a_second_factor_is_not_signed_in_by_the_right_password_alone() throws Exception {
        enrolErin();

        MvcResult result = signIn("erin", Desk.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.CODE_PATH);
        assertThat(signedInAs(result.getRequest().getSession())).isNull();
        assertThat(result.getRequest().getSession().getAttribute(PendingSignIn.ATTRIBUTE)).isNotNull();
    }

    @Test
    void the_right_code_signs_in_with_the_persons_roles_under_a_new_session_id() throws Exception {
        enrolErin();
        MockHttpSession session = pendingSession("erin");
        String idBefore = session.getId();

        MvcResult result = postCode(session, AuthenticatorApp.nextCode(erinsSecret));

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("sign-in");
        assertThat(signedInAs(session)).isEqualTo("erin");
        assertThat(rolesIn(session)).containsExactly(Role.EDITOR.authority());
        assertThat(session.getId()).as("the session id after the code").isNotEqualTo(idBefore);
        assertThat(session.getAttribute(PendingSignIn.ATTRIBUTE)).isNull();
    }

    @Test
    void a_wrong_code_signs_nobody_in_and_says_so() throws Exception {
        enrolErin();
        MockHttpSession session = pendingSession("erin");

        MvcResult result = postCode(session, "000000".equals(AuthenticatorApp.nextCode(erinsSecret)) ? "111111" : "000000");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.CODE_PATH + "?error");
        assertThat(signedInAs(session)).isNull();
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNotInstanceOf(SignInRefusedException.class);
    }

    @Test
    void a_code_used_once_cannot_be_used_again_for_another_sign_in() throws Exception {
        enrolErin();
        String code = AuthenticatorApp.nextCode(erinsSecret);
        postCode(pendingSession("erin"), code);
        MockHttpSession second = pendingSession("erin");

        MvcResult replayed = postCode(second, code);

        assertThat(replayed.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.CODE_PATH + "?error");
        assertThat(signedInAs(second)).isNull();
    }

    @Test
    void the_code_used_to_enrol_cannot_sign_in() throws Exception {
        erinsSecret = factors.newSecret();
        String code = AuthenticatorApp.codeNow(erinsSecret);
        factors.enrol("erin", erinsSecret, code).orElseThrow();
        MockHttpSession session = pendingSession("erin");

        postCode(session, code);

        assertThat(signedInAs(session)).isNull();
    }

    @Test
    void a_recovery_code_signs_in_once_and_never_again() throws Exception {
        String recovery = enrolErin().get(3);
        MockHttpSession first = pendingSession("erin");
        postCode(first, recovery.toUpperCase());
        MockHttpSession second = pendingSession("erin");

        postCode(second, recovery);

        assertThat(signedInAs(first)).isEqualTo("erin");
        assertThat(signedInAs(second)).isNull();
        assertThat(factors.recoveryCodesLeft("erin")).isEqualTo(SecondFactors.RECOVERY_CODES - 1);
    }

    @Test
    void after_the_password_and_two_wrong_codes_even_the_right_code_must_wait_as_after_three_wrong_passwords() throws Exception {
        enrolErin();
        MockHttpSession session = pendingSession("erin");
        postCode(session, "12345a");
        postCode(session, "wrong-recovery-code");

        postCode(session, AuthenticatorApp.nextCode(erinsSecret));

        assertThat(signedInAs(session)).isNull();
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(SignInRefusedException.class);
        assertThat(failureOf(signIn("erin", Desk.PASSWORD))).as("the password too").isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void typing_the_right_password_again_does_not_wipe_the_count_of_wrong_codes() throws Exception {
        enrolErin();
        postCode(pendingSession("erin"), "wrong-one");
        MockHttpSession again = pendingSession("erin");

        MvcResult result = postCode(again, AuthenticatorApp.nextCode(erinsSecret));

        assertThat(failureOf(result)).as("password, wrong code, password: the code must wait").isInstanceOf(SignInRefusedException.class);
        assertThat(signedInAs(again)).isNull();
    }

    @Test
    void a_right_code_gives_back_the_attempts_so_the_next_sign_in_starts_afresh() throws Exception {
        enrolErin();
        postCode(pendingSession("erin"), AuthenticatorApp.nextCode(erinsSecret));

        Integer pairFailures = desk.jdbc().queryForObject(
                "select count(*) from sign_in_failures where subject like 'pair:erin@%' and failures > 0", Integer.class);

        assertThat(pairFailures).isZero();
    }

    @Test
    void a_pending_session_reaches_no_desk_screen_and_no_guarded_service() throws Exception {
        enrolErin();
        MockHttpSession session = pendingSession("erin");

        MvcResult screen = mvc.perform(get("/audit").session(session)).andReturn();

        assertThat(screen.getResponse().getRedirectedUrl()).endsWith("/login");
        SecurityContext context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(context == null ? SecurityContextHolder.createEmptyContext() : context);
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_person_without_a_second_factor_whose_role_needs_none_signs_in_with_the_password_as_before() throws Exception {
        MvcResult result = signIn("erin", Desk.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo(SecondFactorStep.CODE_PATH);
        assertThat(signedInAs(result.getRequest().getSession())).isEqualTo("erin");
    }

    @Test
    void a_person_whose_role_requires_a_second_factor_enrols_before_anything_else_and_then_reads_the_recovery_codes() throws Exception {
        factors.requireFor(Set.of(Role.EDITOR));
        MockHttpSession session = pendingSession("erin");
        PendingSignIn pending = (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        assertThat(pending.enrolling()).isTrue();
        assertThat(mvc.perform(get("/audit").session(session)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

        MvcResult result = postCode(session, AuthenticatorApp.codeNow(pending.enrolmentSecret()));

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.RECOVERY_CODES_PATH);
        assertThat(signedInAs(session)).isEqualTo("erin");
        assertThat(factors.isEnrolled("erin")).isTrue();
        assertThat((List<?>) session.getAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW)).hasSize(SecondFactors.RECOVERY_CODES);
    }

    @Test
    void a_person_whose_second_factor_is_a_passkey_is_not_signed_in_by_the_password_and_is_offered_no_app_to_set_up() throws Exception {
        factors.requireFor(Set.of(Role.EDITOR));
        passkeys.add("erin", "Her laptop", Instant.parse("2026-12-01T09:00:00Z"));

        MockHttpSession session = pendingSession("erin");

        PendingSignIn pending = (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        assertThat(pending.enrolling()).as("a stolen password must not add the thief's own app").isFalse();
        assertThat(step.hasPasskeyOnly("erin")).isTrue();
        assertThat(signedInAs(session)).isNull();
        assertThat(mvc.perform(get("/audit").session(session)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void a_code_posted_without_the_csrf_token_is_refused() throws Exception {
        enrolErin();
        MockHttpSession session = pendingSession("erin");

        MvcResult result = mvc.perform(post(SecondFactorStep.CODE_PATH).session(session)
                .param("code", AuthenticatorApp.nextCode(erinsSecret))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(signedInAs(session)).isNull();
    }

    /** Signs in with the right password and answers the session, waiting for its code. */
    private MockHttpSession pendingSession(String username) throws Exception {
        MvcResult result = signIn(username, Desk.PASSWORD);
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MvcResult postCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post(SecondFactorStep.CODE_PATH).session(session).param("code", code).with(csrf())).andReturn();
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
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }

    private static List<String> rolesIn(HttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
