package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.security.ui.LoginView;
import org.masthead.user.PasswordResets;

/**
 * "Forgot password", opened from the sign-in page: the person gives their email address or
 * username, and is told the same sentence whether or not it belongs to anyone.
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@PageTitle("Forgot password · Masthead")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    public static final String ROUTE = LoginView.FORGOT_PASSWORD;

    final TextField address = new TextField("Email address or username");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(PasswordResets resets) {
        setAlignItems(Alignment.CENTER);
        address.setId("forgot-address");
        address.setWidth("22em");
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("forgot-answer");
        answer.setVisible(false);
        FieldRefusals refusals = new FieldRefusals().on(PasswordResets.FIELD_ADDRESS, address);
        send.addClickListener(e -> {
            address.setInvalid(false);
            answer.setVisible(false);
            VaadinRequest request = VaadinRequest.getCurrent();
            String client = request == null ? null : request.getRemoteAddr();
            if (refusals.attemptRun(() -> resets.sendLink(address.getValue(), client))) {
                answer.setText(PasswordResets.SENT);
                answer.setVisible(true);
            }
        });
        add(new H1("Forgot password"),
                new Paragraph("Give the email address of your account, or your username. We mail you a link "
                        + "to set a new password; then you sign in with it as usual."),
                address, send, answer, new Anchor("login", "Back to sign in"));
    }
}
