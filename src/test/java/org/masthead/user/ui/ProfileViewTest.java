package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.base.WorkflowException;
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
    void two_different_new_passwords_change_nothing() {
        open("erin", Role.EDITOR);

        typePasswords(Desk.PASSWORD, "seven-blue-lanterns", "seven-blue-lantern");

        assertThatThrownBy(() -> _click(button("change-password"))).isInstanceOf(WorkflowException.class);
        assertThat(encoder.matches(Desk.PASSWORD, passwordHashOf("erin"))).isTrue();
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
