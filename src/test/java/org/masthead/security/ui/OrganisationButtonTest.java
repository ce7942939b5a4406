package org.masthead.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.OrganisationSignIn;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an issuer configured, the sign-in page offers the organisation's account beside the password. */
class OrganisationButtonTest extends KaribuTest {

    private static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void theOrganisationsProvider(DynamicPropertyRegistry properties) {
        properties.add("masthead.oidc.issuer", () -> provider.issuerUrl("organisation").toString());
        properties.add("masthead.oidc.client-id", () -> "masthead-desk");
        properties.add("masthead.oidc.client-secret", () -> "the-desk-s-secret");
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void the_sign_in_page_links_to_the_organisations_sign_in_outside_the_router() {
        UI.getCurrent().navigate(LoginView.class);

        Anchor button = _get(Anchor.class, spec -> spec.withId("sign-in-with-organisation"));
        assertThat(button.getText()).isEqualTo("Sign in with the organisation's account");
        assertThat(button.getHref()).isEqualTo(OrganisationSignIn.START.substring(1));
        assertThat(button.isRouterIgnore()).isTrue();
    }
}
