package org.masthead.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.security.Passkeys;
import org.masthead.security.Role;
import org.masthead.security.StoredPasskeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder encoder;
    @Autowired
    StoredPasskeys stored;
    @Autowired
    Passkeys passkeys;

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

    @Test
    void a_person_without_a_passkey_is_told_so_and_offered_to_add_one() {
        open("paula", Role.PUBLISHER);

        assertThat(textOf(_get(Paragraph.class, spec -> spec.withId("no-passkeys")))).isEqualTo("You have no passkey yet.");
        assertThat(button("add-passkey").getText()).isEqualTo("Add a passkey");
    }

    @Test
    void a_person_sees_their_passkeys_with_name_added_and_last_used_and_nobody_elses() {
        stored.add("paula", "Work laptop", Instant.parse("2026-11-30T09:15:00Z"), Instant.parse("2026-12-01T14:00:00Z"));
        stored.add("paula", "Phone", Instant.parse("2026-11-29T09:15:00Z"));
        stored.add("erin", "Erin's key", Instant.parse("2026-11-30T09:15:00Z"));

        open("paula", Role.PUBLISHER);

        List<HorizontalLayout> rows = _find(HorizontalLayout.class, spec -> spec.withClasses("passkey"));
        assertThat(rows).hasSize(2);
        assertThat(textOf(rows.get(1))).contains("Phone").contains("not used to sign in yet");
        assertThat(textOf(rows.get(0))).contains("Work laptop").containsPattern("added Mon 30 Nov 2026, \\d\\d:15, last used Tue 1 Dec 2026, \\d\\d:00")
                .doesNotContain("Erin");
        assertThat(textOf(rows.get(1))).doesNotContain("Erin");
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-passkeys"))).isEmpty();
    }

    @Test
    void removing_a_passkey_asks_first_and_then_it_signs_nobody_in() {
        stored.add("paula", "Work laptop", Instant.parse("2026-11-30T09:15:00Z"));
        open("paula", Role.PUBLISHER);

        _click(_get(Button.class, spec -> spec.withClasses("remove-passkey")));
        assertThat(passkeys.hasPasskey("paula")).as("nothing is removed before the answer").isTrue();
        assertThat(confirmLabel()).isEqualTo("Remove passkey");
        confirm();

        assertThat(passkeys.hasPasskey("paula")).isFalse();
        assertThat(notificationTexts()).contains("The passkey \u201cWork laptop\u201d is removed: it signs nobody in now.");
        assertThat(_find(HorizontalLayout.class, spec -> spec.withClasses("passkey"))).isEmpty();
        assertThat(textOf(_get(Paragraph.class, spec -> spec.withId("no-passkeys")))).isEqualTo("You have no passkey yet.");
    }

    @Test
    void a_passkey_kept_after_cancel_is_still_listed_and_still_works() {
        stored.add("paula", "Work laptop", Instant.parse("2026-11-30T09:15:00Z"));
        open("paula", Role.PUBLISHER);

        _click(_get(Button.class, spec -> spec.withClasses("remove-passkey")));
        cancel();

        assertThat(passkeys.hasPasskey("paula")).isTrue();
        assertThat(_find(HorizontalLayout.class, spec -> spec.withClasses("passkey"))).hasSize(1);
    }

    @Test
    void a_passkey_without_a_name_is_refused_on_the_name_field_before_the_browser_is_asked() {
        open("paula", Role.PUBLISHER);

        _click(button("add-passkey"));

        TextField label = _get(TextField.class, spec -> spec.withId("passkey-label"));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Give the passkey a name, such as the device it is on, to tell it apart later.");
        assertThat(button("add-passkey").isEnabled()).isTrue();
    }

    @Test
    void adding_a_passkey_runs_springs_registration_in_the_browser_and_lists_it_once_stored() {
        open("paula", Role.PUBLISHER);
        _setValue(_get(TextField.class, spec -> spec.withId("passkey-label")), "Work laptop");
        _click(button("add-passkey"));
        PendingJavaScriptInvocation script = passkeyScript();
        assertThat(script.getInvocation().getExpression())
                .contains("'webauthn/register/options'", "'webauthn/register'", "navigator.credentials.create", "meta[name=\"_csrf_header\"]");
        assertThat(script.getInvocation().getParameters()).containsExactly("Work laptop");

        stored.add("paula", "Work laptop", Instant.parse("2026-11-30T09:15:00Z"));
        script.complete(Json.create("DONE"));

        assertThat(notificationTexts()).contains("Your passkey \u201cWork laptop\u201d is added. Next time, sign in with it instead of your password.");
        assertThat(_find(HorizontalLayout.class, spec -> spec.withClasses("passkey"))).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("passkey-label")).getValue()).isEmpty();
    }

    @Test
    void a_browser_that_cannot_make_passkeys_is_told_so_on_the_name_field() {
        open("paula", Role.PUBLISHER);
        _setValue(_get(TextField.class, spec -> spec.withId("passkey-label")), "Work laptop");
        _click(button("add-passkey"));

        passkeyScript().complete(Json.create("UNSUPPORTED"));

        TextField label = _get(TextField.class, spec -> spec.withId("passkey-label"));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("This browser cannot make passkeys. Use a recent browser, or keep signing in with your password.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(passkeys.hasPasskey("paula")).isFalse();
    }

    /** The WebAuthn script the last click sent to the browser, still waiting for its answer. */
    private static PendingJavaScriptInvocation passkeyScript() {
        List<PendingJavaScriptInvocation> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(script -> script.getInvocation().getExpression().contains("webauthn")).toList();
        assertThat(scripts).as("WebAuthn scripts sent to the browser").hasSize(1);
        return scripts.get(0);
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
