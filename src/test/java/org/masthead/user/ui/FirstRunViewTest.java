package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.ui.LoginView;

class FirstRunViewTest extends KaribuTest {

    @Test
    void while_nobody_is_an_administrator_the_sign_in_hands_over_to_the_first_run() {
        removeEveryone();

        UI.getCurrent().navigate(LoginView.class);

        assertThat(currentView()).isInstanceOf(FirstRunView.class);
    }

    @Test
    void the_first_run_makes_the_first_administrator_and_then_leads_to_the_sign_in() {
        removeEveryone();
        UI.getCurrent().navigate(FirstRunView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("first-username")), "fay");
        _setValue(_get(TextField.class, spec -> spec.withId("first-name")), "Fay Founder");
        _setValue(_get(PasswordField.class, spec -> spec.withId("first-password")), "first-light-on-the-desk");
        _setValue(_get(PasswordField.class, spec -> spec.withId("first-password-again")), "first-light-on-the-desk");
        _click(_get(Button.class, spec -> spec.withId("create-first-admin")));

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(desk.jdbc().queryForObject(
                "select count(*) from users u join user_roles r on r.user_id = u.id where r.role = 'ADMIN' and u.username = 'fay'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void once_an_administrator_exists_the_first_run_screen_is_gone() {
        UI.getCurrent().navigate(FirstRunView.class);

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_empty_first_run_marks_each_missing_field_and_holds_the_button() {
        removeEveryone();
        UI.getCurrent().navigate(FirstRunView.class);
        Button create = _get(Button.class, spec -> spec.withId("create-first-admin"));

        _click(create);

        TextField username = _get(TextField.class, spec -> spec.withId("first-username"));
        assertThat(username.isRequiredIndicatorVisible()).isTrue();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Choose a username to sign in with.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("first-password")).getErrorMessage())
                .isEqualTo("Choose a password.");
        assertThat(create.isEnabled()).isFalse();
        assertThat(nobodyIsAdministrator()).isTrue();
    }

    @Test
    void two_different_passwords_are_said_under_the_second_one_and_hold_the_button() {
        removeEveryone();
        UI.getCurrent().navigate(FirstRunView.class);
        fillIn("fay", "first-light-on-the-desk", "first-light-on-the-dusk");

        assertThat(_get(Button.class, spec -> spec.withId("create-first-admin")).isEnabled()).isFalse();
        PasswordField again = _get(PasswordField.class, spec -> spec.withId("first-password-again"));
        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage()).isEqualTo("The two passwords differ; type the same one twice.");
        assertThat(currentView()).isInstanceOf(FirstRunView.class);
        assertThat(nobodyIsAdministrator()).isTrue();
    }

    @Test
    void a_password_the_service_refuses_is_said_under_the_password() {
        removeEveryone();
        UI.getCurrent().navigate(FirstRunView.class);
        fillIn("fay", "short", "short");

        _click(_get(Button.class, spec -> spec.withId("create-first-admin")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("first-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least");
        assertThat(nobodyIsAdministrator()).isTrue();
    }

    private void fillIn(String username, String password, String again) {
        _setValue(_get(TextField.class, spec -> spec.withId("first-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("first-name")), "Fay Founder");
        _setValue(_get(PasswordField.class, spec -> spec.withId("first-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("first-password-again")), again);
    }

    private boolean nobodyIsAdministrator() {
        return desk.jdbc().queryForObject("select count(*) from users", Integer.class) == 0;
    }

    private void removeEveryone() {
        desk.jdbc().update("delete from user_roles");
        desk.jdbc().update("delete from users");
    }
}
