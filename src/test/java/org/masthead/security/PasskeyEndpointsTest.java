package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Spring Security's passkey endpoints on the desk's chain, as the browser's ceremonies call them. */
@AutoConfigureMockMvc
class PasskeyEndpointsTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    StoredPasskeys stored;
    @Autowired
    Passkeys passkeys;
    @Autowired
    UserDetailsService accounts;

    @Test
    void a_signed_in_person_is_offered_to_make_a_passkey_for_the_desk_that_verifies_them() throws Exception {
        MvcResult result = mvc.perform(post("/webauthn/register/options").with(user("paula").roles("PUBLISHER")).with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode options = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(options.at("/rp/id").asText()).isEqualTo("localhost");
        assertThat(options.at("/rp/name").asText()).isEqualTo("Masthead");
        assertThat(options.at("/user/name").asText()).isEqualTo("paula");
        assertThat(options.at("/authenticatorSelection/residentKey").asText()).isEqualTo("required");
        assertThat(options.at("/authenticatorSelection/userVerification").asText()).isEqualTo("required");
        assertThat(options.at("/challenge").asText()).isNotBlank();
    }

    @Test
    void nobody_signed_in_is_offered_to_make_a_passkey() throws Exception {
        MvcResult result = mvc.perform(post("/webauthn/register/options").with(csrf())).andReturn();

        assertThat(result.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("challenge");
    }

    @Test
    void the_sign_in_page_gets_a_challenge_that_asks_the_browser_to_verify_the_person() throws Exception {
        MvcResult result = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode options = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(options.at("/rpId").asText()).isEqualTo("localhost");
        assertThat(options.at("/userVerification").asText()).isEqualTo("required");
        assertThat(options.at("/challenge").asText()).isNotBlank();
    }

    @Test
    void the_passkey_endpoints_refuse_a_post_without_the_csrf_token() throws Exception {
        assertThat(mvc.perform(post("/webauthn/authenticate/options")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/webauthn/register/options").with(user("paula").roles("PUBLISHER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_passkey_answer_the_desk_cannot_verify_signs_nobody_in() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf())).andReturn();

        MvcResult result = mvc.perform(post("/login/webauthn").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id":"AAAA","rawId":"AAAA","credType":"public-key","type":"public-key","clientExtensionResults":{},
                         "response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA","signature":"AAAA","userHandle":"AAAA"}}
                        """)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }

    @Test
    void springs_own_remove_endpoint_removes_no_passkey_not_even_another_persons() throws Exception {
        String erins = stored.add("erin", "Erin's key", PasskeysTest.MONDAY);

        MvcResult byAnother = mvc.perform(delete("/webauthn/register/" + erins).with(user("paula").roles("PUBLISHER")).with(csrf())).andReturn();
        MvcResult byTheOwner = mvc.perform(delete("/webauthn/register/" + erins).with(user("erin").roles("EDITOR")).with(csrf())).andReturn();

        assertThat(byAnother.getResponse().getStatus()).isEqualTo(403);
        assertThat(byTheOwner.getResponse().getStatus()).as("the owner removes theirs on the profile").isEqualTo(403);
        assertThat(passkeys.hasPasskey("erin")).isTrue();
    }

    @Test
    void a_passkey_of_a_deactivated_account_loads_no_one() {
        desk.jdbc().update("update users set active = false where username = 'walter'");

        assertThatThrownBy(() -> SecurityConfig.activeOnly(accounts).loadUserByUsername("walter"))
                .isInstanceOf(DisabledException.class);
        assertThat(SecurityConfig.activeOnly(accounts).loadUserByUsername("wendy").getAuthorities())
                .extracting(Object::toString).containsExactly(Role.WRITER.authority());
    }
}
