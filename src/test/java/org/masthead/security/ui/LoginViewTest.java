package org.masthead.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void the_sign_in_page_offers_a_passkey_and_says_nothing_about_it_until_asked() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(Button.class, spec -> spec.withId("passkey-sign-in")).getText()).isEqualTo("Sign in with a passkey");
        assertThat(_find(Paragraph.class, spec -> spec.withId("passkey-message"))).as("no visible message").isEmpty();
    }

    @Test
    void signing_in_with_a_passkey_asks_springs_endpoints_with_the_csrf_token() {
        UI.getCurrent().navigate(LoginView.class);

        _click(_get(Button.class, spec -> spec.withId("passkey-sign-in")));

        assertThat(passkeyScript().getInvocation().getExpression())
                .contains("'webauthn/authenticate/options'", "'login/webauthn'", "navigator.credentials.get",
                        "meta[name=\"_csrf_header\"]", "window.location.replace(result.redirectUrl)", "return new Promise(() => {})");
    }

    @ParameterizedTest(name = "a browser answering {0} is told: {1}")
    @CsvSource(delimiter = '|', value = {
            "UNSUPPORTED | This browser cannot sign in with a passkey. Sign in with your username and password.",
            "REFUSED     | That passkey did not sign you in. Try again, or sign in with your username and password.",
            "CANCELLED   | No passkey was used: the browser's question was cancelled or timed out, or no passkey for this desk is on this device. Try again, or sign in with your username and password.",
            "FAILED      | Signing in with a passkey did not work just now. Try again, or sign in with your username and password."})
    void a_passkey_sign_in_that_did_not_happen_is_told_in_a_sentence(String answer, String sentence) {
        UI.getCurrent().navigate(LoginView.class);
        Button passkey = _get(Button.class, spec -> spec.withId("passkey-sign-in"));
        _click(passkey);

        passkeyScript().complete(Json.create(answer));

        Paragraph message = _get(Paragraph.class, spec -> spec.withId("passkey-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo(sentence);
        assertThat(passkey.isEnabled()).as("it can be tried again").isTrue();
    }

    /** The WebAuthn script the last click sent to the browser, still waiting for its answer. */
    private static PendingJavaScriptInvocation passkeyScript() {
        List<PendingJavaScriptInvocation> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(script -> script.getInvocation().getExpression().contains("webauthn")).toList();
        assertThat(scripts).as("WebAuthn scripts sent to the browser").hasSize(1);
        return scripts.get(0);
    }

    /** The texts the form shows, as sent to the browser. */
    private static String errorShownBy(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void lastFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
