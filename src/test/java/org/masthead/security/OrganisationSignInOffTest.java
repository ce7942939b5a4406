package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Without masthead.oidc.issuer there is no sign-in with the organisation's account at all. */
@AutoConfigureMockMvc
class OrganisationSignInOffTest extends ServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectProvider<ClientRegistrationRepository> registrations;

    @Test
    void unless_an_issuer_is_configured_there_is_no_registration_and_no_endpoint() throws Exception {
        assertThat(registrations.getIfAvailable()).isNull();

        String answer = mvc.perform(get(OrganisationSignIn.START)).andReturn().getResponse().getRedirectedUrl();

        assertThat(answer).as("the desk's sign-in, not a provider").endsWith("/login");
    }
}
