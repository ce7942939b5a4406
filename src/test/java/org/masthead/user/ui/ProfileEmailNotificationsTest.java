package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.security.Role;
import org.masthead.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileEmailNotificationsTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_writer_switches_email_notifications_on_in_her_profile() {
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(ProfileView.class);

        _setValue(_get(EmailField.class, spec -> spec.withId("profile-email")), "wendy@example.org");
        _setValue(_get(Checkbox.class, spec -> spec.withId("email-notifications")), true);
        _click(_get(Button.class, spec -> spec.withId("save-notifications")));

        assertThat(notificationTexts()).contains("You will also get your turns by email, at wendy@example.org.");
        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> users.mailAddressesOf(List.of("wendy"))))
                .containsExactly("wendy@example.org");
    }
}
