package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.base.WorkflowException;
import org.masthead.security.PasswordResetGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Forgot password" through the real filter chain: the mailed one-time link, used once, within its
 * time, leads to a new password and to nothing else; the answer never says whether an address exists.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3926",
        "masthead.public-url=https://desk.example.org"})
class PasswordResetsTest extends ServiceTest {

    private static final Pattern LINK = Pattern.compile("https://desk\\.example\\.org/login/ott\\?token=([0-9a-f-]{36})");
    private static final String NEW_PASSWORD = "violet staircase under the harbour";

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordResets resets;
    @Autowired
    TestClock clock;

    @BeforeEach
    void wendyHasAnAddress() {
        desk.jdbc().update("update users set email = 'wendy@example.org' where username = 'wendy'");
        desk.jdbc().update("update users set email = 'walter@example.org' where username = 'walter'");
    }

    @Test
    void the_mailed_link_leads_to_setting_a_new_password_and_does_not_sign_in() throws Exception {
        resets.sendLink("Wendy@Example.org", "198.51.100.7");
        String token = tokenMailedTo("wendy@example.org");

        MvcResult page = mvc.perform(get("/login/ott").param("token", token)).andReturn();
        assertThat(page.getResponse().getStatus()).as("opening the link uses nothing up").isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains(token);

        MvcResult followed = mvc.perform(post("/login/ott").param("token", token).with(csrf())).andReturn();

        assertThat(followed.getResponse().getRedirectedUrl()).isEqualTo("/password-reset");
        HttpSession session = followed.getRequest().getSession();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("the session is not signed in: a second factor after the password is not skipped").isNull();
        PasswordResetGrant grant = (PasswordResetGrant) session.getAttribute(PasswordResetGrant.SESSION_ATTRIBUTE);
        assertThat(grant.username()).isEqualTo("wendy");
        assertThat(mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session)).andReturn()
                .getResponse().getRedirectedUrl()).as("the desk still asks to sign in").endsWith("/login");
    }

    @Test
    void the_new_password_is_set_audited_and_then_signs_in_normally() throws Exception {
        PasswordResetGrant grant = followLinkOf("wendy@example.org");

        resets.setNewPassword(grant, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(desk.jdbc().queryForList("select actor from audit_events where action = 'PASSWORD_RESET_BY_LINK'", String.class))
                .containsExactly("wendy");
        assertThat(mvc.perform(formLogin("/login").user("wendy").password(NEW_PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(mvc.perform(formLogin("/login").user("wendy").password(Desk.PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void the_new_password_must_meet_the_password_policy() throws Exception {
        PasswordResetGrant grant = followLinkOf("wendy@example.org");

        assertThatThrownBy(() -> resets.setNewPassword(grant, "short", "short"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> resets.setNewPassword(grant, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOf(WorkflowException.class).hasMessage("The two passwords are not the same.");
    }

    @Test
    void a_link_works_only_once() throws Exception {
        resets.sendLink("wendy", "198.51.100.7");
        String token = tokenMailedTo("wendy@example.org");
        mvc.perform(post("/login/ott").param("token", token).with(csrf())).andReturn();

        MvcResult again = mvc.perform(post("/login/ott").param("token", token).with(csrf())).andReturn();

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/password-reset?expired");
        assertThat(again.getRequest().getSession().getAttribute(PasswordResetGrant.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void a_link_stops_working_after_thirty_minutes() throws Exception {
        resets.sendLink("wendy", "198.51.100.7");
        String token = tokenMailedTo("wendy@example.org");
        clock.advance(Duration.ofMinutes(31));

        MvcResult late = mvc.perform(post("/login/ott").param("token", token).with(csrf())).andReturn();

        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/password-reset?expired");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_the_same_work_but_no_mail() {
        int tokensBefore = tokens();

        resets.sendLink("nobody@example.org", "198.51.100.7");

        assertThat(tokens()).as("a token is made either way").isEqualTo(tokensBefore + 1);
        assertThat(mails()).isEmpty();
    }

    @Test
    void a_deactivated_person_gets_nothing() {
        desk.jdbc().update("update users set active = false where username = 'walter'");

        resets.sendLink("walter@example.org", "198.51.100.7");
        resets.sendLink("walter", "198.51.100.7");

        assertThat(mails()).isEmpty();
    }

    @Test
    void a_link_of_someone_deactivated_since_it_was_mailed_opens_nothing() throws Exception {
        resets.sendLink("walter", "198.51.100.7");
        String token = tokenMailedTo("walter@example.org");
        desk.jdbc().update("update users set active = false where username = 'walter'");

        MvcResult followed = mvc.perform(post("/login/ott").param("token", token).with(csrf())).andReturn();

        assertThat(followed.getResponse().getRedirectedUrl()).isEqualTo("/password-reset?expired");
    }

    @Test
    void an_address_gets_three_links_an_hour_known_or_not() {
        for (int i = 0; i < 3; i++) {
            resets.sendLink("wendy@example.org", "198.51.100." + i);
            resets.sendLink("nobody@example.org", "198.51.100." + i);
        }

        assertThatThrownBy(() -> resets.sendLink("wendy@example.org", "203.0.113.9")).hasMessage(PasswordResets.TOO_MANY);
        assertThatThrownBy(() -> resets.sendLink("nobody@example.org", "203.0.113.9")).hasMessage(PasswordResets.TOO_MANY);
        assertThat(mails()).hasSize(3);
        clock.advance(Duration.ofMinutes(61));
        resets.sendLink("wendy@example.org", "203.0.113.9");
        assertThat(mails()).hasSize(4);
    }

    @Test
    void a_client_gets_ten_links_an_hour_whatever_the_addresses() {
        for (int i = 0; i < 10; i++) {
            resets.sendLink("someone-" + i + "@example.org", "198.51.100.7");
        }

        assertThatThrownBy(() -> resets.sendLink("wendy@example.org", "198.51.100.7")).hasMessage(PasswordResets.TOO_MANY);
        assertThat(mails()).isEmpty();
    }

    @Test
    void spring_security_s_own_endpoint_for_making_tokens_makes_none() throws Exception {
        int before = tokens();

        mvc.perform(post("/ott/generate").param("username", "wendy").with(csrf())).andReturn();

        assertThat(tokens()).isEqualTo(before);
        assertThat(mails()).isEmpty();
    }

    private PasswordResetGrant followLinkOf(String address) throws Exception {
        resets.sendLink(address, "198.51.100.7");
        MvcResult followed = mvc.perform(post("/login/ott").param("token", tokenMailedTo(address)).with(csrf())).andReturn();
        return (PasswordResetGrant) followed.getRequest().getSession().getAttribute(PasswordResetGrant.SESSION_ATTRIBUTE);
    }

    private String tokenMailedTo(String address) {
        List<String> bodies = desk.jdbc().queryForList("select body from notification_mails where recipient = ? order by id desc",
                String.class, address);
        assertThat(bodies).as("a mail to " + address).isNotEmpty();
        Matcher link = LINK.matcher(bodies.get(0));
        assertThat(link.find()).as("the mail carries the link: " + bodies.get(0)).isTrue();
        return link.group(1);
    }

    private List<String> mails() {
        return desk.jdbc().queryForList("select recipient from notification_mails", String.class);
    }

    private int tokens() {
        return desk.jdbc().queryForObject("select count(*) from one_time_tokens", Integer.class);
    }
}
