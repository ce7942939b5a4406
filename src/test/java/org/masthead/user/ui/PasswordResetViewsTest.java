package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.PasswordResetGrant;
import org.masthead.security.ui.LoginView;
import org.masthead.user.PasswordResets;
import org.springframework.test.context.TestPropertySource;

/** The "forgot password" screens as a person uses them: asking for a link, then setting the password. */
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
class PasswordResetViewsTest extends KaribuTest {

    private static final String NEW_PASSWORD = "violet staircase under the harbour";

    @Test
    void forgot_password_on_the_sign_in_page_opens_the_form_that_asks_for_the_address() {
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);

        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(currentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void the_form_answers_the_same_sentence_for_an_address_with_an_account_and_one_without() {
        desk.jdbc().update("update users set email = 'wendy@example.org' where username = 'wendy'");

        String known = ask("wendy@example.org");
        String unknown = ask("nobody@example.org");

        assertThat(known).isEqualTo(unknown).isEqualTo(PasswordResets.SENT);
        assertThat(desk.jdbc().queryForList("select recipient from notification_mails", String.class))
                .containsExactly("wendy@example.org");
    }

    @Test
    void too_many_requests_for_one_address_are_refused_on_the_field() {
        for (int i = 0; i < 3; i++) {
            ask("nobody@example.org");
        }
        UI.getCurrent().navigate(ForgotPasswordView.class);
        TextField address = _get(TextField.class, spec -> spec.withId("forgot-address"));
        _setValue(address, "nobody@example.org");
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo(PasswordResets.TOO_MANY);
        assertThat(_find(Paragraph.class, spec -> spec.withId("forgot-answer"))).as("no sentence besides the refusal").isEmpty();
    }

    @Test
    void without_a_followed_link_the_new_password_screen_only_says_the_link_has_expired() {
        UI.getCurrent().navigate(PasswordResetView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-expired")).getText()).isEqualTo(PasswordResets.EXPIRED);
        assertThat(_find(PasswordField.class)).as("no visible password field").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("reset-save"))).as("no visible button").isEmpty();
    }

    @Test
    void a_followed_link_sets_the_new_password_and_sends_the_person_to_sign_in_with_it() {
        grant("wendy");
        UI.getCurrent().navigate(PasswordResetView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), NEW_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-again")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-save")));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(notificationTexts()).contains("Your new password is set. Sign in with it.");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(PasswordResetGrant.SESSION_ATTRIBUTE))
                .as("the link's leave is used up").isNull();
        assertThat(desk.jdbc().queryForList("select actor from audit_events where action = 'PASSWORD_RESET_BY_LINK'", String.class))
                .containsExactly("wendy");
    }

    @Test
    void a_weak_or_mistyped_password_is_refused_on_its_field() {
        grant("wendy");
        UI.getCurrent().navigate(PasswordResetView.class);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        PasswordField again = _get(PasswordField.class, spec -> spec.withId("reset-password-again"));

        _setValue(password, "password1234");
        _setValue(again, "password1234");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(password.isInvalid()).isTrue();

        _setValue(password, NEW_PASSWORD);
        _setValue(again, NEW_PASSWORD + "!");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(currentView()).isInstanceOf(PasswordResetView.class);
    }

    private static String ask(String address) {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("forgot-address")), address);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        return _find(Paragraph.class, spec -> spec.withId("forgot-answer")).stream().findFirst().map(Paragraph::getText).orElse(null);
    }

    private static void grant(String username) {
        VaadinSession.getCurrent().getSession().setAttribute(PasswordResetGrant.SESSION_ATTRIBUTE,
                new PasswordResetGrant(username, Instant.now().plus(10, ChronoUnit.MINUTES)));
    }
}
