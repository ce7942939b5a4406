package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Toast;
import org.masthead.security.PasswordResetGrant;
import org.masthead.user.PasswordResets;
import org.masthead.user.UserService;

/**
 * Where a "forgot password" link leads once its button is pressed: a new password, and nothing
 * else. The session is not signed in (security.ResetLinks); after the password is set the person
 * is sent to the sign-in page to sign in with it, second factor included.
 */
@Route(value = PasswordResetView.ROUTE, autoLayout = false)
@PageTitle("Set a new password · Masthead")
@AnonymousAllowed
public class PasswordResetView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "password-reset";

    final PasswordField password = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Set the new password");
    final Paragraph expired = new Paragraph(PasswordResets.EXPIRED);

    private final PasswordResets resets;

    public PasswordResetView(PasswordResets resets) {
        this.resets = resets;
        setAlignItems(Alignment.CENTER);
        password.setId("reset-password");
        password.setHelperText("At least " + UserService.PASSWORD_MIN + " characters; a few unrelated words make a good one.");
        repeated.setId("reset-password-again");
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        expired.setId("reset-expired");
        FieldRefusals refusals = new FieldRefusals()
                .on(UserService.FIELD_PASSWORD, password)
                .on(PasswordResets.FIELD_REPEATED, repeated);
        save.addClickListener(e -> {
            password.setInvalid(false);
            repeated.setInvalid(false);
            PasswordResetGrant grant = grant();
            if (refusals.attemptRun(() -> resets.setNewPassword(grant, password.getValue(), repeated.getValue()))) {
                session().ifPresent(s -> s.removeAttribute(PasswordResetGrant.SESSION_ATTRIBUTE));
                Toast.show("Your new password is set. Sign in with it.");
                getUI().ifPresent(ui -> ui.navigate("login"));
            }
        });
        add(new H1("Set a new password"), expired, password, repeated, save, new Anchor("login", "Back to sign in"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean valid = grant() != null && !event.getLocation().getQueryParameters().getParameters().containsKey("expired");
        expired.setVisible(!valid);
        password.setVisible(valid);
        repeated.setVisible(valid);
        save.setVisible(valid);
    }

    private static PasswordResetGrant grant() {
        return session().map(s -> s.getAttribute(PasswordResetGrant.SESSION_ATTRIBUTE))
                .filter(PasswordResetGrant.class::isInstance).map(PasswordResetGrant.class::cast).orElse(null);
    }

    private static java.util.Optional<WrappedSession> session() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(session.getSession());
    }
}
