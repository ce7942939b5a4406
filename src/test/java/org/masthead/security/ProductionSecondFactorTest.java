package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.HttpSession;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 25's "done": in prod, a phished password alone does not open a publisher's or an
 * administrator's account. The prod profile's value of the setting, then the sign-in under it.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = "masthead.second-factor.required-roles=" + ProductionSecondFactorTest.PROD_REQUIRED_ROLES)
class ProductionSecondFactorTest extends ServiceTest {

    static final String PROD_REQUIRED_ROLES = "ADMIN,PUBLISHER";

    @Autowired
    MockMvc mvc;

    @Test
    void the_prod_profile_requires_a_second_factor_of_administrators_and_publishers() throws Exception {
        Properties prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }

        assertThat(prod.getProperty("masthead.second-factor.required-roles")).isEqualTo(PROD_REQUIRED_ROLES);
    }

    @Test
    void a_phished_password_alone_does_not_open_a_publishers_account() throws Exception {
        assertThePasswordAloneOpensNothing("paula");
    }

    @Test
    void a_phished_password_alone_does_not_open_an_administrators_account() throws Exception {
        assertThePasswordAloneOpensNothing("admin");
    }

    @Test
    void a_writer_still_signs_in_with_the_password() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("wendy").password(Desk.PASSWORD)).andReturn();

        assertThat(signedInAs(result.getRequest().getSession())).isEqualTo("wendy");
    }

    private void assertThePasswordAloneOpensNothing(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(Desk.PASSWORD)).andReturn();
        HttpSession session = result.getRequest().getSession();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SecondFactorStep.CODE_PATH);
        assertThat(signedInAs(session)).isNull();
        assertThat(((PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE)).enrolling())
                .as("no second factor yet: sent to set one up").isTrue();
        MvcResult desk = mvc.perform(get("/users").session((org.springframework.mock.web.MockHttpSession) session)).andReturn();
        assertThat(desk.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private static String signedInAs(HttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }
}
