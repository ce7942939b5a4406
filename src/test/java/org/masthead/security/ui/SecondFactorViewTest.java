package org.masthead.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.AuthenticatorApp;
import org.masthead.security.PendingSignIn;
import org.masthead.security.Role;
import org.masthead.security.SecondFactorStep;
import org.masthead.security.SecondFactors;
import org.masthead.user.ui.ProfileView;
import org.masthead.user.ui.UsersView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Setting up a second factor on one's profile, and the sign-in's code step on screen. */
class SecondFactorViewTest extends KaribuTest {

    @Autowired
    SecondFactors factors;

    @Test
    void the_profile_links_to_the_second_factor() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("second-factor-link")).getHref()).isEqualTo("profile/second-factor");
    }

    @Test
    void a_person_sets_up_an_authenticator_app_with_its_first_code_and_reads_ten_recovery_codes_once() {
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SecondFactorView.class);

        _click(_get(Button.class, spec -> spec.withId("start-enrolment")));
        assertThat(_get(Image.class, spec -> spec.withId("second-factor-qr")).getSrc()).startsWith("data:image/png;base64,");
        String secret = _get(Paragraph.class, spec -> spec.withId("second-factor-secret")).getText().substring("Key: ".length());
        _setValue(_get(TextField.class, spec -> spec.withId("enrolment-code")), AuthenticatorApp.codeNow(secret));
        _click(_get(Button.class, spec -> spec.withId("confirm-enrolment")));

        assertThat(factors.isEnrolled("wendy")).isTrue();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("recovery-codes")).getChildren().count())
                .isEqualTo(SecondFactors.RECOVERY_CODES);
        UI.getCurrent().navigate(ProfileView.class);
        UI.getCurrent().navigate(SecondFactorView.class);
        assertThat(_find(UnorderedList.class, spec -> spec.withId("recovery-codes"))).as("shown once").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-status")).getText())
                .contains(SecondFactors.RECOVERY_CODES + " of your " + SecondFactors.RECOVERY_CODES + " recovery codes are left");
    }

    @Test
    void a_wrong_first_code_says_so_on_the_field_and_sets_nothing_up() {
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SecondFactorView.class);
        _click(_get(Button.class, spec -> spec.withId("start-enrolment")));
        String secret = _get(Paragraph.class, spec -> spec.withId("second-factor-secret")).getText().substring("Key: ".length());

        TextField code = _get(TextField.class, spec -> spec.withId("enrolment-code"));
        _setValue(code, "000000".equals(AuthenticatorApp.codeNow(secret)) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("confirm-enrolment")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("That code is not right. Type the six digits the app shows now.");
        assertThat(factors.isEnrolled("wendy")).isFalse();
    }

    @Test
    void the_code_step_without_a_pending_sign_in_is_the_sign_in_page() {
        UI.getCurrent().navigate(SignInCodeView.class);

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_code_step_asks_for_the_code_in_a_form_posted_to_the_sign_in_chain() {
        pending("erin", Role.EDITOR, null);

        UI.getCurrent().navigate(SignInCodeView.class);

        assertThat(currentView()).isInstanceOf(SignInCodeView.class);
        Input code = _get(Input.class, spec -> spec.withId("second-factor-code"));
        assertThat(code.getElement().getAttribute("name")).isEqualTo("code");
        assertThat(code.getParent().orElseThrow().getElement().getAttribute("action")).isEqualTo("sign-in/code");
        assertThat(_find(Image.class, spec -> spec.withId("second-factor-qr"))).isEmpty();
    }

    @Test
    void someone_who_must_enrol_at_sign_in_sees_the_qr_code_and_the_key() {
        pending("paula", Role.PUBLISHER, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        UI.getCurrent().navigate(SignInCodeView.class);

        assertThat(_get(Image.class, spec -> spec.withId("second-factor-qr")).getSrc()).startsWith("data:image/png;base64,");
        assertThat(_get(Paragraph.class, spec -> spec.withId("second-factor-secret")).getText())
                .isEqualTo("Key: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    }

    @Test
    void a_pending_sign_in_opens_no_desk_screen() {
        pending("admin", Role.ADMIN, null);

        UI.getCurrent().navigate(UsersView.class);

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_recovery_codes_of_an_enrolment_at_sign_in_are_shown_once_after_it() {
        login("erin", Role.EDITOR);
        VaadinSession.getCurrent().getSession().setAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW, List.of("aaaa-bbbb", "cccc-dddd"));

        UI.getCurrent().navigate(SecondFactorView.class);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("recovery-codes")).getChildren().count()).isEqualTo(2);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW)).isNull();
    }

    /** A session whose password was right, waiting for its code: nobody is signed in yet. */
    private static void pending(String username, Role role, String enrolmentSecret) {
        var signIn = UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(new SimpleGrantedAuthority(role.authority())));
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(signIn, enrolmentSecret));
    }
}
