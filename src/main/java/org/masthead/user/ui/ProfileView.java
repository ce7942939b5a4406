package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.security.Passkeys;
import org.masthead.user.DeskSessions;
import org.masthead.user.OwnAccount;
import org.masthead.user.User;
import org.masthead.user.UserService;

/**
 * Everyone's own page: the name the desk shows for them, their email, their password, their passkeys. What is
 * missing or refused shows on its field.
 */
@Route("profile")
@PageTitle("My profile · Masthead")
@PermitAll
public class ProfileView extends VerticalLayout {

    /** The name and email form. */
    public static class Details {
        @NotBlank(message = "Give your name as the desk should show it.")
        @Size(max = User.DISPLAY_NAME_MAX, message = "A name has at most " + User.DISPLAY_NAME_MAX + " characters.")
        private String name = "";
        @Email(message = "That does not look like an email address: it needs a name, an @ and a domain.")
        private String email = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** The password form; the service checks the current password and the new one's strength. */
    public static class PasswordChange {
        @NotBlank(message = "Give your current password.")
        private String current = "";
        @NotBlank(message = "Choose a new password.")
        private String chosen = "";
        @NotBlank(message = "Type the new password again.")
        private String repeated = "";

        public String getCurrent() { return current; }
        public void setCurrent(String current) { this.current = current; }
        public String getChosen() { return chosen; }
        public void setChosen(String chosen) { this.chosen = chosen; }
        public String getRepeated() { return repeated; }
        public void setRepeated(String repeated) { this.repeated = repeated; }
    }

    public ProfileView(UserService users, OwnAccount own, Passkeys passkeys, DeskSessions sessions, DeskTime time) {
        User me = users.current();
        TextField name = new TextField("Name");
        name.setId("profile-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        EmailField email = new EmailField("Email");
        email.setId("profile-email");
        email.setMaxLength(User.EMAIL_MAX);
        BeanValidationBinder<Details> details = Forms.binder(Details.class);
        details.forField(name).bind("name");
        details.forField(email).bind("email");
        Details mine = new Details();
        mine.setName(me.getDisplayName());
        mine.setEmail(me.getEmail() == null ? "" : me.getEmail());
        details.setBean(mine);
        FieldRefusals detailRefusals = new FieldRefusals().on(UserService.FIELD_NAME, name).on(UserService.FIELD_EMAIL, email);
        Button saveProfile = new Button("Save name and email", e -> {
            if (details.validate().isOk()) {
                detailRefusals.attempt(() -> own.changeOwnProfile(mine.getName(), mine.getEmail()))
                        .ifPresent(saved -> Toast.show("Saved. The desk calls you " + saved.getDisplayName() + " now."));
            }
        });
        saveProfile.setId("save-profile");
        details.addStatusChangeListener(e -> saveProfile.setEnabled(details.isValid()));

        Checkbox mail = new Checkbox("Also email me when it is my turn (to the address above)", me.wantsEmail());
        mail.setId("email-notifications");
        Button saveMail = new Button("Save notifications", e -> {
            if (detailRefusals.attemptRun(() -> own.setMyEmailNotifications(email.getValue(), mail.getValue()))) {
                Toast.show(mail.getValue() ? "You will also get your turns by email, at " + email.getValue() + "."
                        : "Your turns arrive in the inbox only.");
            }
        });
        saveMail.setId("save-notifications");

        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setId("chosen-password");
        chosen.setHelperText("At least " + UserService.PASSWORD_MIN + " characters, not a well-known one");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("repeated-password");
        BeanValidationBinder<PasswordChange> passwords = Forms.binder(PasswordChange.class);
        passwords.forField(current).bind("current");
        passwords.forField(chosen).bind("chosen");
        passwords.forField(repeated)
                .withValidator(again -> again.isEmpty() || again.equals(chosen.getValue()),
                        "The two new passwords differ; type the same one twice.")
                .bind("repeated");
        passwords.setBean(new PasswordChange());
        FieldRefusals passwordRefusals = new FieldRefusals().on(UserService.FIELD_CURRENT_PASSWORD, current)
                .on(UserService.FIELD_PASSWORD, chosen);
        Button change = new Button("Change password");
        change.addClickListener(e -> {
            PasswordChange asked = passwords.getBean();
            if (passwords.validate().isOk()
                    && passwordRefusals.attemptRun(() -> own.changeOwnPassword(asked.getCurrent(), asked.getChosen()))) {
                passwords.setBean(new PasswordChange());
                change.setEnabled(true);
                Toast.show("Your password is changed. Use the new one next time you sign in.");
            }
        });
        passwords.addStatusChangeListener(e -> change.setEnabled(passwords.isValid()));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2("My profile"), new H3("Signed in as " + me.getUsername()), name, email, saveProfile,
                new H3("Notifications"), mail, saveMail, new H3("Password"), current, chosen, repeated, change,
                new PasskeysPanel(passkeys, time));
        Anchor secondFactor = new Anchor("profile/second-factor", "Second factor: an authenticator app and recovery codes");
        secondFactor.setId("second-factor-link");
        add(new H3("Second factor"), secondFactor);
        addYourSessions(sessions, time);
    }

    /** Issue 25: where and since when one is signed in; sign out a session, or all but this one. */
    private void addYourSessions(DeskSessions sessions, DeskTime time) {
        SessionsList list = new SessionsList(sessions, time, sessions::mine);
        Button others = new Button("Sign out all other sessions", e -> {
            int ended = sessions.endMyOtherSessions();
            Toast.show(ended == 0 ? "You were signed in nowhere else." : "Signed out everywhere but here: "
                    + Formats.count(ended, "session") + ".");
            list.refresh();
        });
        others.setId("sign-out-others");
        add(new H3("Your sessions"), list, others);
    }
}
