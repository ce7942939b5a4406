package org.masthead.user.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.user.User;
import org.masthead.user.UserService;

/**
 * The fields that say who a new person is, as the first run and the administrator's form both ask
 * them: the same limits typed in, the same bean properties bound, and the service's refusals
 * placed on the same fields.
 */
final class PersonFields {

    final TextField username = new TextField("Username");
    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final PasswordField password;

    /**
     * @param idPrefix      the form's prefix of the field ids ("new" gives "new-username")
     * @param passwordLabel what the password is called on this form
     */
    PersonFields(String idPrefix, String passwordLabel) {
        username.setId(idPrefix + "-username");
        username.setMaxLength(User.USERNAME_MAX);
        name.setId(idPrefix + "-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        email.setId(idPrefix + "-email");
        email.setMaxLength(User.EMAIL_MAX);
        password = new PasswordField(passwordLabel);
        password.setId(idPrefix + "-password");
        password.setHelperText("At least " + UserService.PASSWORD_MIN + " characters, not a well-known one");
    }

    /** Binds the fields to the bean's username, name, email and password, checked by its constraints. */
    void bindTo(BeanValidationBinder<?> binder) {
        binder.forField(username).bind("username");
        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");
    }

    /** Where the service's refusals of these fields show. */
    FieldRefusals refusals() {
        return new FieldRefusals().on(UserService.FIELD_USERNAME, username).on(UserService.FIELD_NAME, name)
                .on(UserService.FIELD_EMAIL, email).on(UserService.FIELD_PASSWORD, password);
    }
}
