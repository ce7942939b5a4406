package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.masthead.base.WorkflowException;
import org.masthead.user.User;
import org.masthead.user.UserService;

/** Everyone's own page: the name the desk shows for them, their email, their password. */
@Route("profile")
@PageTitle("My profile · Masthead")
@PermitAll
public class ProfileView extends VerticalLayout {

    public ProfileView(UserService users) {
        User me = users.current();
        TextField name = new TextField("Name");
        name.setId("profile-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        name.setValue(me.getDisplayName());
        EmailField email = new EmailField("Email");
        email.setId("profile-email");
        email.setMaxLength(User.EMAIL_MAX);
        email.setValue(me.getEmail() == null ? "" : me.getEmail());
        Button saveProfile = new Button("Save name and email", e -> {
            User saved = users.changeOwnProfile(name.getValue(), email.getValue());
            Notification.show("Saved. The desk calls you " + saved.getDisplayName() + " now.");
        });
        saveProfile.setId("save-profile");

        Checkbox mail = new Checkbox("Also email me when it is my turn (to the address above)", me.wantsEmail());
        mail.setId("email-notifications");
        Button saveMail = new Button("Save notifications", e -> {
            users.setMyEmailNotifications(email.getValue(), mail.getValue());
            Notification.show(mail.getValue() ? "You will also get your turns by email, at " + email.getValue() + "."
                    : "Your turns arrive in the inbox only.");
        });
        saveMail.setId("save-notifications");

        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setId("chosen-password");
        chosen.setHelperText("At least " + UserService.PASSWORD_MIN + " characters, not a well-known one");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("repeated-password");
        Button change = new Button("Change password", e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                throw new WorkflowException("The two new passwords differ; type the same one twice.");
            }
            users.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            Notification.show("Your password is changed. Use the new one next time you sign in.");
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2("My profile"), new H3("Signed in as " + me.getUsername()), name, email, saveProfile,
                new H3("Notifications"), mail, saveMail, new H3("Password"), current, chosen, repeated, change);
    }
}
