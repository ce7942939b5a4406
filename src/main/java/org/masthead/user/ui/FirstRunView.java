package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.security.ui.LoginView;
import org.masthead.user.FirstRun;
import org.masthead.user.User;

/**
 * A fresh installation's first screen: whoever installed the desk makes themselves its first
 * administrator. Once anyone is, this screen sends people to the sign-in, and the service
 * refuses the action too, so a request forged afterwards changes nothing.
 */
@Route(value = FirstRun.ROUTE, autoLayout = false)
@PageTitle("Set up Masthead")
@AnonymousAllowed
public class FirstRunView extends VerticalLayout implements BeforeEnterObserver {

    private final FirstRun firstRun;

    /** What the first run asks for; the service checks the same and more (the username's characters, the password list). */
    public static class FirstAdministrator {
        @NotBlank(message = "Choose a username to sign in with.")
        private String username = "";
        @NotBlank(message = "Give your name.")
        @Size(max = User.DISPLAY_NAME_MAX, message = "A name has at most " + User.DISPLAY_NAME_MAX + " characters.")
        private String name = "";
        @Email(message = "That does not look like an email address: it needs a name, an @ and a domain.")
        private String email = "";
        @NotBlank(message = "Choose a password.")
        private String password = "";
        @NotBlank(message = "Type the password a second time.")
        private String repeated = "";

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getRepeated() { return repeated; }
        public void setRepeated(String repeated) { this.repeated = repeated; }
    }

    public FirstRunView(FirstRun firstRun) {
        this.firstRun = firstRun;
        setAlignItems(Alignment.CENTER);
        PersonFields person = new PersonFields("first", "Password");
        PasswordField repeated = new PasswordField("Password again");
        repeated.setId("first-password-again");

        BeanValidationBinder<FirstAdministrator> binder = Forms.binder(FirstAdministrator.class);
        person.bindTo(binder);
        binder.forField(repeated)
                .withValidator(again -> again.isEmpty() || again.equals(person.password.getValue()),
                        "The two passwords differ; type the same one twice.")
                .bind("repeated");
        binder.setBean(new FirstAdministrator());
        FieldRefusals refusals = person.refusals();

        Button create = new Button("Become the first administrator");
        create.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            FirstAdministrator first = binder.getBean();
            refusals.attempt(() -> firstRun.createFirstAdministrator(first.getUsername(), first.getName(),
                    first.getEmail(), first.getPassword())).ifPresent(admin -> {
                Toast.show("Welcome, " + admin.getDisplayName() + ". Sign in as " + admin.getUsername() + ".");
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            });
        });
        binder.addStatusChangeListener(e -> create.setEnabled(binder.isValid()));
        create.setId("create-first-admin");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Set up Masthead"),
                new Paragraph("Nobody is an administrator of this desk yet. Create the first one: "
                        + "that person then adds everyone else on the Users screen."),
                person.username, person.name, person.email, person.password, repeated, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (firstRun.administratorExists()) {
            event.forwardTo(LoginView.class);
        }
    }
}
