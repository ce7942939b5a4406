package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.masthead.base.ui.Toast;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.Accounts;
import org.masthead.user.DeskSessions;
import org.masthead.user.SignOutReason;
import org.masthead.user.UserService;

/**
 * The administrator's list of people: add someone, change their roles, deactivate or reactivate
 * them, give them a new password. The rules (somebody stays an administrator...) are the
 * service's; this screen says what happened.
 */
@Route("users")
@PageTitle("Users · Masthead")
@Menu(order = 5, title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final Accounts accounts;
    private final Grid<User> grid = new Grid<>(User.class, false);
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles of the selected person", Role.values());
    private final Button active = new Button();

    private final DeskSessions sessions;
    private final DeskTime time;

    public UsersView(Accounts accounts, DeskSessions sessions, DeskTime time) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.time = time;
        grid.setId("users");
        grid.addColumn(User::getUsername).setHeader("Username");
        grid.addColumn(User::getDisplayName).setHeader("Name");
        grid.addColumn(u -> u.getEmail() == null ? "" : u.getEmail()).setHeader("Email");
        grid.addColumn(UsersView::rolesOf).setHeader("Roles");
        grid.addColumn(u -> u.isActive() ? "Active" : "Deactivated").setHeader("Account");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showSelected());
        add(new H2("Users"), grid, selectedPersonActions(), new H3("Add a person"), new NewPersonForm(accounts, this::refresh));
        // Linked by address: the second factor's screen lives in its own feature, which builds on this one.
        Anchor secondFactor = new Anchor("users/second-factor", "Second factor: which roles need one, and resets");
        secondFactor.setId("second-factor-settings");
        add(secondFactor);
        refresh();
    }

    private HorizontalLayout selectedPersonActions() {
        roles.setId("selected-roles");
        roles.setItemLabelGenerator(Role::label);
        FieldRefusals refusals = new FieldRefusals().on(UserService.FIELD_ROLES, roles);
        Button saveRoles = new Button("Save roles", e -> selected().ifPresent(user ->
                refusals.attempt(() -> accounts.changeRoles(user.getId(), roles.getValue())).ifPresent(changed -> {
                    Toast.show(changed.getDisplayName() + " now has the roles " + rolesOf(changed) + ".");
                    refresh();
                })));
        saveRoles.setId("save-roles");
        active.setId("toggle-active");
        active.addClickListener(e -> selected().ifPresent(user -> {
            if (user.isActive()) {
                askBeforeDeactivating(user);
            } else {
                accounts.reactivate(user.getId());
                Toast.show(user.getDisplayName() + " can sign in again.");
                refresh();
            }
        }));
        Button reset = new Button("Reset password", e -> selected().ifPresent(this::askBeforeResettingPassword));
        reset.setId("reset-password");
        Button sessionsOf = new Button("Sessions", e -> selected().ifPresent(this::showSessions));
        sessionsOf.setId("person-sessions");
        HorizontalLayout row = new HorizontalLayout(roles, saveRoles, active, reset, sessionsOf);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        showSelected();
        return row;
    }

    private void askBeforeDeactivating(User user) {
        Confirmation.askBeforeRemoving("Deactivate " + user.getDisplayName() + "?",
                user.getDisplayName() + " (" + user.getUsername() + ") can no longer sign in. Their sections, notes "
                        + "and audit lines stay as they are, and you can reactivate them later.",
                "Deactivate " + user.getDisplayName(),
                () -> {
                    accounts.deactivate(user.getId());
                    Toast.show(user.getDisplayName() + " can no longer sign in. Their work stays on the desk.");
                    refresh();
                });
    }

    private void askBeforeResettingPassword(User user) {
        Confirmation.askBeforeRemoving("Reset the password of " + user.getDisplayName() + "?",
                "Their current password stops working at once. You get a new one, shown only once, to give to "
                        + user.getDisplayName() + "; there is no way back to the old one.",
                "Reset the password of " + user.getDisplayName(),
                () -> resetPassword(user));
    }

    /** The new password is shown here once and kept nowhere in clear text. */
    private void resetPassword(User user) {
        String password = accounts.resetPassword(user.getId());
        Span shown = new Span(password);
        shown.setId("new-password-once");
        shown.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.getDisplayName());
        dialog.add(new VerticalLayout(shown, new Paragraph("Give it to " + user.getDisplayName()
                + " in person or by another channel than email. It is shown only now; they can change it on their profile.")));
        Button done = new Button("Done", e -> dialog.close());
        done.setId("close-new-password");
        dialog.getFooter().add(done);
        dialog.open();
    }

    /** Issue 25: where the person is signed in; end one session, or all of them. */
    private void showSessions(User user) {
        SessionsList list = new SessionsList(sessions, time, () -> sessions.ofPerson(user.getUsername()));
        Dialog dialog = new Dialog();
        dialog.setId("sessions-dialog");
        dialog.setHeaderTitle("Sessions of " + user.getDisplayName());
        dialog.setWidth("48rem");
        dialog.add(list);
        Button everywhere = new Button("Sign out everywhere", e -> {
            sessions.endSessionsOf(user.getUsername(), SignOutReason.SIGNED_OUT_BY_ADMIN);
            Toast.show(user.getDisplayName() + " is signed out everywhere.");
            list.refresh();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button close = new Button("Close", e -> dialog.close());
        close.setId("close-sessions");
        dialog.getFooter().add(everywhere, close);
        dialog.open();
    }

    private Optional<User> selected() {
        Optional<User> user = grid.getSelectedItems().stream().findFirst();
        if (user.isEmpty()) {
            Toast.show("Select a person in the list first.");
        }
        return user;
    }

    private void showSelected() {
        User user = grid.asSingleSelect().getValue();
        roles.setValue(user == null ? EnumSet.noneOf(Role.class) : user.getRoles());
        roles.setInvalid(false);
        active.setText(user != null && !user.isActive() ? "Reactivate" : "Deactivate");
    }

    private void refresh() {
        Long selectedId = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().getId();
        var all = accounts.all();
        grid.setItems(all);
        all.stream().filter(u -> u.getId().equals(selectedId)).findFirst().ifPresent(grid::select);
        showSelected();
    }

    private static String rolesOf(User user) {
        return user.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
    }
}
