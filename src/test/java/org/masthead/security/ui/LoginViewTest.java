package org.masthead.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.OrganisationSignIn;
import org.masthead.security.SignInRefusedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void a_wrong_password_is_told_without_saying_whether_the_account_exists() {
        lastFailure(new BadCredentialsException("Bad credentials"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorShownBy(form)).contains("The username or password is not right. Check both and try again.");
    }

    @Test
    void too_many_failures_are_told_as_a_reason_to_wait() {
        lastFailure(new SignInRefusedException());

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorShownBy(form)).contains(SignInRefusedException.MESSAGE).doesNotContain("not right");
    }

    @Test
    void the_sign_in_opens_without_an_error() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void the_sign_in_page_says_sign_in_like_every_other_screen() {
        UI.getCurrent().navigate(LoginView.class);

        String texts = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("\"title\":\"Sign in\"", "\"submit\":\"Sign in\"").doesNotContain("Log in");
    }

    @Test
    void a_refusal_of_the_organisations_sign_in_is_told_with_its_reason() {
        lastFailure(OrganisationSignIn.refusal(OrganisationSignIn.NO_ACCOUNT, OrganisationSignIn.NO_ACCOUNT_SENTENCE));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(errorShownBy(_get(LoginForm.class))).contains(OrganisationSignIn.NO_ACCOUNT_SENTENCE).doesNotContain("not right");
    }

    @Test
    void a_failed_check_of_the_organisations_token_is_told_without_its_details() {
        lastFailure(new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", "The ID Token contains invalid claims: {iss=x}", null)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(errorShownBy(_get(LoginForm.class))).contains(OrganisationSignIn.FAILED_SENTENCE).doesNotContain("iss=");
    }

    @Test
    void without_the_organisations_sign_in_configured_there_is_no_button_for_it() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_find(Anchor.class, spec -> spec.withId("sign-in-with-organisation"))).isEmpty();
    }

    @Test
    void forgot_password_is_offered_on_the_sign_in_page() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isTrue();
    }

    /** The texts the form shows, as sent to the browser. */
    private static String errorShownBy(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void lastFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
