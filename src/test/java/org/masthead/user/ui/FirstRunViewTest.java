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

    private void removeEveryone() {
        desk.jdbc().update("delete from user_roles");
        desk.jdbc().update("delete from users");
    }
}
