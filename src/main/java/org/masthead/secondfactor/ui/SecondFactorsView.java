package org.masthead.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Toast;
import org.masthead.secondfactor.SecondFactorAdministration;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.masthead.user.Accounts;
import org.masthead.user.User;

/**
 * Users → Second factor: which roles must sign in with one, and who has one, with a reset for a
 * person who lost theirs (asked first; the person is told by mail and signed out).
 */
@Route("users/second-factor")
@PageTitle("Second factor · Users · Masthead")
@RolesAllowed(Roles.ADMIN)
public class SecondFactorsView extends VerticalLayout {

    private final SecondFactorAdministration administration;
    private final Accounts accounts;
    private final Grid<User> people = new Grid<>(User.class, false);

    public SecondFactorsView(SecondFactorAdministration administration, Accounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
        CheckboxGroup<Role> required = new CheckboxGroup<>("Roles that must sign in with a second factor", Role.values());
        required.setId("required-roles");
        required.setItemLabelGenerator(Role::label);
        required.setValue(administration.requiredRoles());
        required.setHelperText("A person holding one of them who has no second factor yet sets one up at their next sign-in, "
                + "before they can do anything else.");
        Button save = new Button("Save", e -> {
            administration.requireFor(required.getValue());
            Toast.show(required.getValue().isEmpty() ? "No role must sign in with a second factor now."
                    : "A second factor is required now for " + labels(required.getValue()) + ".");
        });
        save.setId("save-required-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        people.setId("second-factor-people");
        people.addColumn(User::getDisplayName).setHeader("Name");
        people.addColumn(User::getUsername).setHeader("Username");
        people.addColumn(u -> administration.isEnrolled(u.getUsername()) ? "Set up" : "None").setHeader("Second factor");
        people.setAllRowsVisible(true);
        Anchor back = new Anchor("users", "Back to Users");
        back.setId("back-to-users");
        add(new H2("Second factor"), back, required, save, new H3("People"),
                new Paragraph("Reset the second factor of someone who lost their phone and their recovery codes: select them, then reset."),
                people, resetButton());
        refresh();
    }

    private Button resetButton() {
        Button reset = new Button("Reset second factor", e -> people.getSelectedItems().stream().findFirst()
                .ifPresent(person -> Confirmation.askBeforeRemoving(
                        "Reset the second factor of " + person.getDisplayName() + "?",
                        "Their authenticator app and recovery codes stop working at once, and they are signed out everywhere. "
                                + "They are told by mail, and set up a new second factor at their next sign-in.",
                        "Reset the second factor of " + person.getDisplayName(),
                        () -> {
                            administration.reset(person.getId());
                            Toast.show("The second factor of " + person.getDisplayName() + " is reset. They were told by mail.");
                            refresh();
                        })));
        reset.setId("reset-second-factor");
        reset.setEnabled(false);
        people.asSingleSelect().addValueChangeListener(e ->
                reset.setEnabled(e.getValue() != null && administration.isEnrolled(e.getValue().getUsername())));
        return reset;
    }

    private void refresh() {
        people.setItems(accounts.all());
    }

    private static String labels(java.util.Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
