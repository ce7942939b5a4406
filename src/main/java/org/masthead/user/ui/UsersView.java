package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.UserService;

/** The administrator's list of people and their roles. */
@Route("users")
@PageTitle("Users · Masthead")
@Menu(order = 5, title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final Grid<User> grid = new Grid<>(User.class, false);

    public UsersView(UserService users) {
        this.users = users;
        grid.setId("users");
        grid.addColumn(User::getUsername).setHeader("Username");
        grid.addColumn(User::getDisplayName).setHeader("Name");
        grid.addColumn(u -> u.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(u -> u.isActive() ? "Active" : "Deactivated").setHeader("Account");
        grid.setAllRowsVisible(true);
        add(new H2("Users"), grid, rolesEditor(), new H3("Add a person"), createForm());
        refresh();
    }

    private HorizontalLayout rolesEditor() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles of the selected person", Role.values());
        roles.setId("selected-roles");
        Button save = new Button("Save roles", e -> grid.getSelectedItems().stream().findFirst().ifPresentOrElse(user -> {
            users.changeRoles(user.getId(), roles.getValue());
            Notification.show(user.getDisplayName() + " now has the roles " + roles.getValue() + ".");
            refresh();
        }, () -> Notification.show("Select a person in the list first.")));
        save.setId("save-roles");
        grid.asSingleSelect().addValueChangeListener(e -> roles.setValue(
                e.getValue() == null ? EnumSet.noneOf(Role.class) : e.getValue().getRoles()));
        HorizontalLayout row = new HorizontalLayout(roles, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout createForm() {
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setMaxLength(User.USERNAME_MAX);
        TextField name = new TextField("Name");
        name.setId("new-name");
        name.setMaxLength(User.DISPLAY_NAME_MAX);
        PasswordField password = new PasswordField("Password");
        password.setId("new-password");
        password.setHelperText("At least " + UserService.PASSWORD_MIN + " characters");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        roles.setId("new-roles");
        Button create = new Button("Add person", e -> {
            User user = users.create(username.getValue(), name.getValue(), password.getValue(), roles.getValue());
            Notification.show(user.getDisplayName() + " can sign in now as " + user.getUsername() + ".");
            username.clear();
            name.clear();
            password.clear();
            roles.clear();
            refresh();
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, name, password, roles, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refresh() {
        grid.setItems(users.all());
    }
}
