package org.masthead.security.ui;

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
import org.masthead.security.SessionCheck;
import org.masthead.security.SignInRefusedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Masthead")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    /** Why this browser's last session was ended (issue 25): "Your account was deactivated." */
    private final Paragraph signedOutBecause = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentModeCenter();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        signedOutBecause.setId("signed-out-because");
        signedOutBecause.setVisible(false);
        add(new H1("Masthead"), new Paragraph("The editorial desk for the weekly briefing."), signedOutBecause, form);
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
        if (failed && lastFailure() instanceof SignInRefusedException) {
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
