package org.masthead.secondfactor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.AuthenticatorApp;
import org.masthead.security.Role;
import org.masthead.security.SecondFactorReset;
import org.masthead.security.SecondFactors;
import org.masthead.user.OwnAccount;
import org.masthead.user.User;
import org.masthead.Desk;
import org.masthead.user.ui.UsersView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

/** Users → Second factor: which roles need one, and an administrator's reset of someone's. */
// A mail server is configured (as in TurnMailerTest), so the reset's notice is queued in the outbox.
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925",
        "masthead.mail.from=desk@masthead.test", "masthead.public-url=https://desk.example.org"})
@Import(SecondFactorsViewTest.Resets.class)
class SecondFactorsViewTest extends KaribuTest {

    /** Stands in for the session ending the lead wires to the event: remembers whom it was for. */
    @TestConfiguration
    static class Resets {
        final List<String> heard = new ArrayList<>();

        @EventListener
        void on(SecondFactorReset reset) {
            heard.add(reset.username());
        }
    }

    @Autowired
    SecondFactors factors;
    @Autowired
    OwnAccount own;
    @Autowired
    Resets resets;

    @SuppressWarnings("unchecked")
    private static Grid<User> people() {
        return _get(Grid.class, spec -> spec.withId("second-factor-people"));
    }

    private static void select(String username) {
        Grid<User> people = people();
        people.asSingleSelect().setValue(people.getListDataView().getItems()
                .filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
    }

    @Test
    void a_publisher_cannot_open_the_second_factor_settings() {
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(SecondFactorsView.class);

        assertRefused(SecondFactorsView.class);
    }

    @Test
    void the_users_screen_links_to_it() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(UsersView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("second-factor-settings")).getHref()).isEqualTo("users/second-factor");
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_administrator_chooses_the_roles_that_must_use_a_second_factor_and_it_is_stored_and_audited() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(SecondFactorsView.class);

        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("required-roles")), Set.of(Role.ADMIN, Role.PUBLISHER));
        _click(_get(Button.class, spec -> spec.withId("save-required-roles")));

        assertThat(factors.requiredRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.PUBLISHER);
        assertThat(notificationTexts()).contains("A second factor is required now for Publisher, Admin.");
        assertThat(desk.jdbc().queryForObject("select count(*) from audit_events where action = 'SECOND_FACTOR_ROLES_SET' and actor = 'admin'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void an_administrator_resets_someones_second_factor_after_asking_and_it_is_audited_mailed_and_announced() {
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> own.setMyEmailNotifications("erin@example.org", false));
        AuthenticatorApp.enrol(factors, "erin", factors.newSecret());
        resets.heard.clear();
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(SecondFactorsView.class);

        select("erin");
        _click(_get(Button.class, spec -> spec.withId("reset-second-factor")));
        assertThat(confirmationText()).startsWith("Reset the second factor of Erin Editor?");
        confirm();

        assertThat(factors.isEnrolled("erin")).isFalse();
        assertThat(factors.recoveryCodesLeft("erin")).isZero();
        assertThat(desk.jdbc().queryForObject("select note from audit_events where action = 'USER_SECOND_FACTOR_RESET' and actor = 'admin'",
                String.class)).isEqualTo("erin");
        assertThat(desk.jdbc().queryForList("select recipient from notification_mails where subject = 'Your second factor was reset'",
                String.class)).as("told by mail, though she gets her turns in the inbox only").containsExactly("erin@example.org");
        assertThat(resets.heard).as("the hook that ends her sessions").containsExactly("erin");
    }

    @Test
    void cancelling_the_question_resets_nothing() {
        AuthenticatorApp.enrol(factors, "erin", factors.newSecret());
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(SecondFactorsView.class);

        select("erin");
        _click(_get(Button.class, spec -> spec.withId("reset-second-factor")));
        cancel();

        assertThat(factors.isEnrolled("erin")).isTrue();
    }

    @Test
    void the_list_says_who_has_a_second_factor() {
        AuthenticatorApp.enrol(factors, "erin", factors.newSecret());
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(SecondFactorsView.class);

        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(people())).isEqualTo(6);
        select("wendy");
        assertThat(_get(Button.class, spec -> spec.withId("reset-second-factor")).isEnabled()).as("wendy has none").isFalse();
        select("erin");
        assertThat(_get(Button.class, spec -> spec.withId("reset-second-factor")).isEnabled()).isTrue();
    }
}
