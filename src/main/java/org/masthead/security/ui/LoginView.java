package org.masthead.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.masthead.security.OrganisationSignIn;
import org.masthead.security.SessionCheck;
import org.masthead.security.SignInRefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Masthead")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The route of the "forgot password" screen. */
    public static final String FORGOT_PASSWORD = "forgot-password";

    private final LoginForm form = new LoginForm();
    /** Why this browser's last session was ended (issue 25): "Your account was deactivated." */
    private final Paragraph signedOutBecause = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> organisation) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentModeCenter();
        form.setAction("login");
        // "Forgot password" leads to user.ui.ForgotPasswordView (named by its route: security imports no feature).
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(FORGOT_PASSWORD)));
        signedOutBecause.setId("signed-out-because");
        signedOutBecause.setVisible(false);
        add(new H1("Masthead"), new Paragraph("The editorial desk for the weekly briefing."), signedOutBecause, form);
        if (organisation.getIfAvailable() != null) {
            // A plain link: the browser leaves for the organisation's provider and comes back signed in, or refused.
            Anchor withOrganisation = new Anchor(OrganisationSignIn.START.substring(1), "Sign in with the organisation's account");
            withOrganisation.setRouterIgnore(true);
            withOrganisation.setId("sign-in-with-organisation");
            add(withOrganisation);
        }
        addPasskeySignIn();
    }

    /** What the passkey button says when the browser could not sign the person in. */
    static final String PASSKEY_UNSUPPORTED = "This browser cannot sign in with a passkey. Sign in with your username and password.";
    static final String PASSKEY_CANCELLED = "No passkey was used: the browser's question was cancelled or timed out, or no passkey for this desk is on this device. Try again, or sign in with your username and password.";
    static final String PASSKEY_REFUSED = "That passkey did not sign you in. Try again, or sign in with your username and password.";
    static final String PASSKEY_FAILED = "Signing in with a passkey did not work just now. Try again, or sign in with your username and password.";

    /** "Sign in with a passkey": Spring Security's WebAuthn sign-in, landing on the desk like a password sign-in. */
    private void addPasskeySignIn() {
        Paragraph passkeyMessage = new Paragraph();
        passkeyMessage.setId("passkey-message");
        passkeyMessage.getElement().setAttribute("role", "status");
        passkeyMessage.setVisible(false);
        Button passkey = new Button("Sign in with a passkey");
        passkey.setId("passkey-sign-in");
        passkey.setDisableOnClick(true);
        passkey.addClickListener(e -> {
            passkeyMessage.setVisible(false);
            PasskeyCeremony.signIn(e.getSource().getUI().orElseThrow(), outcome -> {
                if (outcome == PasskeyCeremony.Outcome.DONE) {
                    return;
                }
                passkey.setEnabled(true);
                passkeyMessage.setText(switch (outcome) {
                    case UNSUPPORTED -> PASSKEY_UNSUPPORTED;
                    case CANCELLED -> PASSKEY_CANCELLED;
                    case REFUSED -> PASSKEY_REFUSED;
                    default -> PASSKEY_FAILED;
                });
                passkeyMessage.setVisible(true);
            });
        });
        add(passkey, passkeyMessage);
    }

    private void setJustifyContentModeCenter() {
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = LoginI18n.createDefault();
        // "Sign in", as the top bar, the menu and the page title say it, not Vaadin's default "Log in".
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password");
        if (failed && lastFailure() instanceof OAuth2AuthenticationException refused) {
            i18n.getErrorMessage().setTitle("Not signed in");
            i18n.getErrorMessage().setMessage(OrganisationSignIn.sentenceFor(refused));
        } else if (failed && lastFailure() instanceof SignInRefusedException) {
            i18n.getErrorMessage().setTitle("Please wait");
            i18n.getErrorMessage().setMessage(SignInRefusedException.MESSAGE);
        } else {
            // The same words for an unknown name, a wrong password and a deactivated account.
            i18n.getErrorMessage().setTitle("Not signed in");
            i18n.getErrorMessage().setMessage("The username or password is not right. Check both and try again.");
        }
        form.setI18n(i18n);
        form.setError(failed);
        signedOutBecause();
    }

    /**
     * The desk's filter kept the reason in the fresh session it sent the tab here with; it stays said
     * until the next sign-in (which takes it away), however often the page is drawn.
     */
    private void signedOutBecause() {
        VaadinSession session = VaadinSession.getCurrent();
        Object why = session == null || session.getSession() == null ? null : session.getSession().getAttribute(SessionCheck.WHY);
        signedOutBecause.setText(why instanceof String sentence ? sentence : "");
        signedOutBecause.setVisible(why instanceof String);
    }

    /** Why the last sign-in failed: Spring Security leaves it in the session for the sign-in page. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
