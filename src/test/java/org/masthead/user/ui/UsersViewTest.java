package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_writer_cannot_open_the_users_screen() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(UsersView.class);

        assertRefused(UsersView.class);
    }

    @Test
    void an_editor_cannot_open_the_users_screen() {
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(UsersView.class);

        assertRefused(UsersView.class);
    }

    @Test
    void an_administrator_sees_every_person_at_the_desk() {
        openAsAdministrator();

        assertThat(GridKt._size(grid())).isEqualTo(6);
    }

    @Test
    void an_administrator_adds_a_person_who_then_shows_in_the_list() {
        openAsAdministrator();

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "nina");
        _setValue(_get(TextField.class, spec -> spec.withId("new-name")), "Nina Newcomer");
        _setValue(_get(EmailField.class, spec -> spec.withId("new-email")), "nina@example.org");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "violet-kettle-morning");
        _setValue(rolesOf("new-roles"), Set.of(Role.WRITER));
        _click(button("create-user"));

        assertThat(row("nina").getEmail()).isEqualTo("nina@example.org");
        assertThat(notificationTexts()).contains("Nina Newcomer can sign in now as nina.");
    }

    @Test
    void adding_with_nothing_filled_in_marks_each_required_field_and_waits_for_them() {
        openAsAdministrator();
        assertThat(textField("new-username").isRequiredIndicatorVisible()).isTrue();
        assertThat(textField("new-name").isRequiredIndicatorVisible()).isTrue();
        assertThat(passwordField("new-password").isRequiredIndicatorVisible()).isTrue();

        _click(button("create-user"));

        assertThat(textField("new-username").getErrorMessage()).isEqualTo("Give the person a username to sign in with.");
        assertThat(textField("new-name").getErrorMessage()).isEqualTo("Give the person a name.");
        assertThat(passwordField("new-password").getErrorMessage()).isEqualTo("Give the person a first password.");
        assertThat(rolesOf("new-roles").getErrorMessage()).isEqualTo("Give the person at least one role.");
        assertThat(textField("new-username").isInvalid()).isTrue();
        assertThat(rolesOf("new-roles").isInvalid()).isTrue();
        assertThat(button("create-user").isEnabled()).isFalse();
        assertThat(notificationTexts()).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(6);
    }

    @Test
    void a_common_password_is_refused_on_the_password_field_and_nobody_is_added() {
        openAsAdministrator();

        fillIn("nina", "password123456");
        _click(button("create-user"));

        assertThat(passwordField("new-password").isInvalid()).isTrue();
        assertThat(passwordField("new-password").getErrorMessage()).contains("leaked passwords");
        assertThat(notificationTexts()).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(6);
    }

    @Test
    void a_taken_username_is_refused_on_the_username_field() {
        openAsAdministrator();

        fillIn("wendy", "violet-kettle-morning");
        _click(button("create-user"));

        assertThat(textField("new-username").isInvalid()).isTrue();
        assertThat(textField("new-username").getErrorMessage()).isEqualTo("The username wendy is taken.");
        assertThat(passwordField("new-password").isInvalid()).isFalse();
        assertThat(notificationTexts()).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(6);
    }

    private static void fillIn(String username, String password) {
        _setValue(textField("new-username"), username);
        _setValue(textField("new-name"), "Nina Newcomer");
        _setValue(passwordField("new-password"), password);
        _setValue(rolesOf("new-roles"), Set.of(Role.WRITER));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static PasswordField passwordField(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    @Test
    void an_administrator_changes_the_roles_of_a_person() {
        openAsAdministrator();
        grid().select(row("wendy"));

        _setValue(rolesOf("selected-roles"), Set.of(Role.WRITER, Role.EDITOR));
        _click(button("save-roles"));

        assertThat(row("wendy").getRoles()).containsExactlyInAnyOrder(Role.WRITER, Role.EDITOR);
    }

    @Test
    void taking_every_role_away_is_refused_on_the_roles_field() {
        openAsAdministrator();
        grid().select(row("wendy"));

        _setValue(rolesOf("selected-roles"), Set.of());
        _click(button("save-roles"));

        assertThat(rolesOf("selected-roles").isInvalid()).isTrue();
        assertThat(rolesOf("selected-roles").getErrorMessage()).isEqualTo("Give the person at least one role.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(row("wendy").getRoles()).containsExactly(Role.WRITER);
    }

    @Test
    void the_last_administrator_cannot_take_away_their_own_role_on_the_screen() {
        openAsAdministrator();
        grid().select(row("admin"));

        _setValue(rolesOf("selected-roles"), Set.of(Role.EDITOR));

        assertThatThrownBy(() -> _click(button("save-roles"))).isInstanceOf(WorkflowException.class);
        assertThat(row("admin").getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void an_administrator_deactivates_and_reactivates_a_person() {
        openAsAdministrator();
        grid().select(row("walter"));

        _click(button("toggle-active"));
        assertThat(confirmLabel()).isEqualTo("Deactivate Walter Writer");
        confirm();

        assertThat(row("walter").isActive()).isFalse();
        assertThat(GridKt._getFormattedRow(grid(), row("walter"))).contains("Deactivated");
        assertThat(button("toggle-active").getText()).isEqualTo("Reactivate");

        _click(button("toggle-active"));

        assertThat(row("walter").isActive()).isTrue();
        assertThat(button("toggle-active").getText()).isEqualTo("Deactivate");
    }

    @Test
    void a_reset_password_is_shown_once_and_works() {
        openAsAdministrator();
        grid().select(row("wendy"));

        _click(button("reset-password"));
        assertThat(confirmLabel()).isEqualTo("Reset the password of Wendy Writer");
        confirm();
        String shown = _get(Span.class, spec -> spec.withId("new-password-once")).getText();
        _click(button("close-new-password"));

        assertThat(_find(Span.class, spec -> spec.withId("new-password-once"))).isEmpty();
        assertThat(encoder.matches(shown, passwordHashOf("wendy"))).isTrue();
        assertThat(encoder.matches(Desk.PASSWORD, passwordHashOf("wendy"))).isFalse();
    }

    @Test
    void deactivating_asks_first_and_cancel_leaves_the_person_active() {
        openAsAdministrator();
        grid().select(row("walter"));

        _click(button("toggle-active"));
        assertThat(confirmationText()).startsWith("Deactivate Walter Writer?").contains("can no longer sign in");
        cancel();

        assertThat(row("walter").isActive()).isTrue();
        assertThat(auditLines("USER_DEACTIVATED")).isZero();
        assertThat(button("toggle-active").getText()).isEqualTo("Deactivate");
    }

    @Test
    void resetting_a_password_asks_first_and_cancel_keeps_the_old_password() {
        openAsAdministrator();
        grid().select(row("wendy"));
        String before = passwordHashOf("wendy");

        _click(button("reset-password"));
        assertThat(confirmationText()).startsWith("Reset the password of Wendy Writer?")
                .contains("current password stops working at once");
        cancel();

        assertThat(passwordHashOf("wendy")).isEqualTo(before);
        assertThat(auditLines("USER_PASSWORD_RESET")).isZero();
        assertThat(_find(Span.class, spec -> spec.withId("new-password-once"))).isEmpty();
    }

    private long auditLines(String action) {
        return desk.jdbc().queryForObject("select count(*) from audit_events where action = ?", Long.class, action);
    }

    @Autowired
    PasswordEncoder encoder;

    private String passwordHashOf(String username) {
        return desk.jdbc().queryForObject("select password_hash from users where username = ?", String.class, username);
    }

    private void openAsAdministrator() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(currentView()).isInstanceOf(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<User> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    private static User row(String username) {
        Grid<User> grid = grid();
        return grid.getListDataView().getItems().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void roles_show_as_words_in_the_list_and_the_choices() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(UsersView.class);

        assertThat(GridKt._getFormattedRow(grid(), row("eddie"))).contains("Editor, Writer").doesNotContain("EDITOR");
        CheckboxGroup<Role> choices = rolesOf("selected-roles");
        assertThat(java.util.Arrays.stream(Role.values()).map(choices.getItemLabelGenerator()::apply).toList())
                .containsExactly("Writer", "Editor", "Publisher", "Admin");
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> rolesOf(String id) {
        return _get(CheckboxGroup.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
