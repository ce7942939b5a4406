package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.masthead.base.ui.Toast;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.masthead.base.WorkflowException;
import org.masthead.security.ui.LoginView;
import org.masthead.user.FirstRun;
import org.masthead.user.User;
import org.masthead.user.UserService;

/**
 * A fresh installation's first screen: whoever installed the desk makes themselves its first
 * administrator. Once anyone is, this screen sends people to the sign-in, and the service
 * refuses the action too, so a request forged afterwards changes nothing.
 */
@Route(value = FirstRun.ROUTE, autoLayout = false)
@PageTitle("Set up Masthead")
@AnonymousAllowed
public class FirstRunView extends VerticalLayout implements BeforeEnterObserver {

    private final UserService users;

    public FirstRunView(UserService users) {
        this.users = users;
        setAlignItems(Alignment.CENTER);
        TextField username = new TextField("Username");
        username.setId("first-username");
        username.setMaxLength(User.USERNAME_MAX);
        TextField name = new TextField("Name");
        name.setId("first-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        EmailField email = new EmailField("Email");
        email.setId("first-email");
        PasswordField password = new PasswordField("Password");
        password.setId("first-password");
        password.setHelperText("At least " + UserService.PASSWORD_MIN + " characters, not a well-known one");
        PasswordField repeated = new PasswordField("Password again");
        repeated.setId("first-password-again");
        Button create = new Button("Become the first administrator", e -> {
            if (!password.getValue().equals(repeated.getValue())) {
                throw new WorkflowException("The two passwords differ; type the same one twice.");
            }
            User admin = users.createFirstAdministrator(username.getValue(), name.getValue(), email.getValue(),
                    password.getValue());
            Toast.show("Welcome, " + admin.getDisplayName() + ". Sign in as " + admin.getUsername() + ".");
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        create.setId("create-first-admin");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Set up Masthead"),
                new Paragraph("Nobody is an administrator of this desk yet. Create the first one: "
                        + "that person then adds everyone else on the Users screen."),
                username, name, email, password, repeated, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (users.administratorExists()) {
            event.forwardTo(LoginView.class);
        }
    }
}
