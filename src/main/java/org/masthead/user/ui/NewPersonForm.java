package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.UserService;

/** The administrator's form for adding a person: who they are, a first password, their roles. */
class NewPersonForm extends HorizontalLayout {

    NewPersonForm(UserService users, Runnable afterCreate) {
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setMaxLength(User.USERNAME_MAX);
        TextField name = new TextField("Name");
        name.setId("new-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        EmailField email = new EmailField("Email");
        email.setId("new-email");
        email.setMaxLength(User.EMAIL_MAX);
        PasswordField password = new PasswordField("First password");
        password.setId("new-password");
        password.setHelperText("At least " + UserService.PASSWORD_MIN + " characters, not a well-known one");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        roles.setId("new-roles");
        Button create = new Button("Add person", e -> {
            User user = users.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(),
                    roles.getValue());
            Notification.show(user.getDisplayName() + " can sign in now as " + user.getUsername() + ".");
            username.clear();
            name.clear();
            email.clear();
            password.clear();
            roles.clear();
            afterCreate.run();
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(username, name, email, password, roles, create);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
