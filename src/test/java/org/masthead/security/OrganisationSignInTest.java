package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in with the organisation's account against a real OpenID Connect provider in this JVM
 * (NAV's mock-oauth2-server): the browser's round trip through the provider, the code exchanged
 * for an ID token over HTTP, and the desk's own checks on what comes back.
 */
@AutoConfigureMockMvc
class OrganisationSignInTest extends ServiceTest {

    private static final String CLIENT = "masthead-desk";
    private static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void theOrganisationsProvider(DynamicPropertyRegistry properties) {
        properties.add("masthead.oidc.issuer", () -> provider.issuerUrl("organisation").toString());
        properties.add("masthead.oidc.client-id", () -> CLIENT);
        properties.add("masthead.oidc.client-secret", () -> "the-desk-s-secret");
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Autowired
    MockMvc mvc;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void wendyHasHerOrganisationsAddress() {
        desk.jdbc().update("update users set email = 'Wendy@Example.org' where username = 'wendy'");
    }

    @Test
    void a_verified_address_of_an_account_signs_that_person_in_with_their_own_roles() throws Exception {
        Map<String, Object> claims = verified("wendy@example.org");
        claims.put("roles", List.of("ADMIN"));   // what the provider says of roles counts for nothing

        MvcResult back = signInAtTheProvider(claims);

        assertThat(back.getResponse().getRedirectedUrl()).as("refused: %s", failureOf(back)).doesNotContain("error");
        Authentication signedIn = signedIn(back);
        assertThat(signedIn.getName()).isEqualTo("wendy");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_WRITER");
    }

    @Test
    void an_address_no_account_has_signs_nobody_in_and_creates_no_account() throws Exception {
        int people = desk.jdbc().queryForObject("select count(*) from users", Integer.class);

        MvcResult back = signInAtTheProvider(verified("stranger@example.org"));

        assertRefused(back, OrganisationSignIn.NO_ACCOUNT_SENTENCE);
        assertThat(desk.jdbc().queryForObject("select count(*) from users", Integer.class)).isEqualTo(people);
    }

    @Test
    void an_unverified_address_signs_nobody_in() throws Exception {
        Map<String, Object> claims = verified("wendy@example.org");
        claims.put("email_verified", false);

        assertRefused(signInAtTheProvider(claims), OrganisationSignIn.UNVERIFIED_SENTENCE);
    }

    @Test
    void a_deactivated_account_is_not_signed_in_by_its_address() throws Exception {
        desk.jdbc().update("update users set active = false where username = 'wendy'");

        assertRefused(signInAtTheProvider(verified("wendy@example.org")), OrganisationSignIn.NO_ACCOUNT_SENTENCE);
    }

    @Test
    void an_id_token_from_another_issuer_is_refused() throws Exception {
        Map<String, Object> claims = verified("wendy@example.org");
        claims.put("iss", "http://elsewhere.example.org/organisation");

        MvcResult back = signInAtTheProvider(claims);

        assertRefused(back, OrganisationSignIn.FAILED_SENTENCE);
        assertThat(failureOf(back).getMessage()).contains("iss");
    }

    @Test
    void an_id_token_for_another_audience_is_refused() throws Exception {
        Map<String, Object> claims = verified("wendy@example.org");
        claims.put("aud", List.of("another-application"));

        MvcResult back = signInAtTheProvider(claims, List.of("another-application"));

        assertRefused(back, OrganisationSignIn.FAILED_SENTENCE);
        assertThat(failureOf(back).getMessage()).contains("aud");
    }

    private static Map<String, Object> verified(String email) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        return claims;
    }

    private MvcResult signInAtTheProvider(Map<String, Object> claims) throws Exception {
        return signInAtTheProvider(claims, List.of(CLIENT));
    }

    /** The browser's round trip: the desk sends it to the provider, which sends it back with a code. */
    private MvcResult signInAtTheProvider(Map<String, Object> claims, List<String> audience) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("organisation", "subject-at-the-organisation",
                "JWT", audience, claims, 3600));
        MvcResult start = mvc.perform(get(OrganisationSignIn.START)).andReturn();
        String atProvider = start.getResponse().getRedirectedUrl();
        assertThat(atProvider).startsWith(provider.issuerUrl("organisation").toString());
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(atProvider)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/organisation");
        return mvc.perform(get(back).session((MockHttpSession) start.getRequest().getSession())).andReturn();
    }

    private static void assertRefused(MvcResult back, String sentence) {
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(back.getRequest().getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(OrganisationSignIn.sentenceFor(failureOf(back))).isEqualTo(sentence);
    }

    private static OAuth2AuthenticationException failureOf(MvcResult back) {
        return (OAuth2AuthenticationException) back.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static Authentication signedIn(MvcResult back) {
        SecurityContext context = (SecurityContext) back.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication();
    }
}
