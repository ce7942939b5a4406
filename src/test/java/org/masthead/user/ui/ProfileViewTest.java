package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_writer_changes_the_name_the_desk_shows_for_them() {
        open("wendy", Role.WRITER);

        _setValue(_get(TextField.class, spec -> spec.withId("profile-name")), "Wendy W. Writer");
        _click(button("save-profile"));

        assertThat(notificationTexts()).contains("Saved. The desk calls you Wendy W. Writer now.");
        assertThat(desk.jdbc().queryForObject("select display_name from users where username = 'wendy'", String.class))
                .isEqualTo("Wendy W. Writer");
    }

    @Test
    void an_editor_changes_their_password_by_giving_the_current_one_and_the_new_one_twice() {
        open("erin", Role.EDITOR);

        typePasswords(Desk.PASSWORD, "seven-blue-lanterns", "seven-blue-lanterns");
        _click(button("change-password"));

        assertThat(encoder.matches("seven-blue-lanterns", passwordHashOf("erin"))).isTrue();
    }

    @Test
    void two_different_new_passwords_are_marked_on_the_second_and_change_nothing() {
        open("erin", Role.EDITOR);

        typePasswords(Desk.PASSWORD, "seven-blue-lanterns", "seven-blue-lantern");

        assertThat(password("repeated-password").isInvalid()).isTrue();
        assertThat(password("repeated-password").getErrorMessage())
                .isEqualTo("The two new passwords differ; type the same one twice.");
        assertThat(button("change-password").isEnabled()).isFalse();
        assertThat(encoder.matches(Desk.PASSWORD, passwordHashOf("erin"))).isTrue();
    }

    @Test
    void a_wrong_current_password_is_refused_on_that_field() {
        open("erin", Role.EDITOR);

        typePasswords("not-my-password", "seven-blue-lanterns", "seven-blue-lanterns");
        _click(button("change-password"));

        assertThat(password("current-password").isInvalid()).isTrue();
        assertThat(password("current-password").getErrorMessage())
                .isEqualTo("Your current password is not right, so nothing was changed.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(encoder.matches(Desk.PASSWORD, passwordHashOf("erin"))).isTrue();
    }

    @Test
    void a_weak_new_password_is_refused_on_the_new_password_field() {
        open("erin", Role.EDITOR);

        typePasswords(Desk.PASSWORD, "password123456", "password123456");
        _click(button("change-password"));

        assertThat(password("chosen-password").isInvalid()).isTrue();
        assertThat(password("chosen-password").getErrorMessage()).contains("leaked passwords");
        assertThat(notificationTexts()).isEmpty();
    }

    @Test
    void an_empty_name_is_marked_on_the_name_field_and_cannot_be_saved() {
        open("wendy", Role.WRITER);
        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));
        assertThat(name.isRequiredIndicatorVisible()).isTrue();

        _setValue(name, "");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give your name as the desk should show it.");
        assertThat(button("save-profile").isEnabled()).isFalse();
    }

    @Test
    void email_notifications_without_an_address_are_refused_on_the_email_field() {
        open("wendy", Role.WRITER);
        EmailField email = _get(EmailField.class, spec -> spec.withId("profile-email"));

        _setValue(email, "");
        _setValue(_get(Checkbox.class, spec -> spec.withId("email-notifications")), true);
        _click(button("save-notifications"));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Give an email address like name@example.org to get notifications by email.");
        assertThat(notificationTexts()).isEmpty();
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private void open(String username, Role... roles) {
        login(username, roles);
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(currentView()).isInstanceOf(ProfileView.class);
    }

    private static void typePasswords(String current, String chosen, String repeated) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("chosen-password")), chosen);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeated-password")), repeated);
    }

    private String passwordHashOf(String username) {
        return desk.jdbc().queryForObject("select password_hash from users where username = ?", String.class, username);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
