package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.security.Role;
import org.masthead.user.Accounts;
import org.masthead.user.User;
import org.masthead.user.UserService;

/**
 * The administrator's form for adding a person: who they are, a first password, their roles.
 * What is missing shows on its field; what the service refuses (a taken username, a leaked
 * password) shows on the field it is about.
 */
class NewPersonForm extends HorizontalLayout {

    /** What the form asks for; the service checks the same and more (the username's characters, the password list). */
    public static class NewPerson {
        @NotBlank(message = "Give the person a username to sign in with.")
        private String username = "";
        @NotBlank(message = "Give the person a name.")
        @Size(max = User.DISPLAY_NAME_MAX, message = "A name has at most " + User.DISPLAY_NAME_MAX + " characters.")
        private String name = "";
        @Email(message = "That does not look like an email address: it needs a name, an @ and a domain.")
        private String email = "";
        @NotBlank(message = "Give the person a first password.")
        private String password = "";
        @NotEmpty(message = "Give the person at least one role.")
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
    }

    NewPersonForm(Accounts accounts, Runnable afterCreate) {
        PersonFields fields = new PersonFields("new", "First password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        roles.setId("new-roles");
        roles.setItemLabelGenerator(Role::label);

        BeanValidationBinder<NewPerson> binder = Forms.binder(NewPerson.class);
        fields.bindTo(binder);
        binder.forField(roles).bind("roles");
        binder.setBean(new NewPerson());
        FieldRefusals refusals = fields.refusals().on(UserService.FIELD_ROLES, roles);

        Button create = new Button("Add person");
        create.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            NewPerson person = binder.getBean();
            refusals.attempt(() -> accounts.create(person.getUsername(), person.getName(), person.getEmail(),
                    person.getPassword(), person.getRoles())).ifPresent(added -> {
                Toast.show(added.getDisplayName() + " can sign in now as " + added.getUsername() + ".");
                binder.setBean(new NewPerson());
                create.setEnabled(true);
                afterCreate.run();
            });
        });
        binder.addStatusChangeListener(e -> create.setEnabled(binder.isValid()));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(fields.username, fields.name, fields.email, fields.password, roles, create);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
