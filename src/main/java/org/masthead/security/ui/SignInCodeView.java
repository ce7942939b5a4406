package org.masthead.security.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.masthead.security.PendingSignIn;
import org.masthead.security.SecondFactorStep;
import org.masthead.security.SecondFactors;
import org.masthead.security.SignInRefusedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of signing in, after a right password: the code of the authenticator app or a
 * recovery code. A person whose role requires a second factor and who has none enrols here first
 * (the QR code, the secret as text, and the app's first code). The form posts to the sign-in's
 * filter chain (security/SecondFactorCodeFilter) like the password form, with its CSRF token.
 */
@Route(value = "sign-in/code", autoLayout = false)
@PageTitle("Second factor · Masthead")
@AnonymousAllowed
public class SignInCodeView extends VerticalLayout implements BeforeEnterObserver {

    /** A plain HTML form: posted by the browser itself, as the sign-in form is. */
    @Tag("form")
    static class NativeForm extends HtmlContainer {
    }

    /** What the code step says to someone whose second factor is a passkey alone. */
    public static final String USE_YOUR_PASSKEY = "Your second factor is a passkey: go back to the sign-in page and "
            + "choose \"Sign in with a passkey\". A password alone does not open your account.";

    private final SecondFactors factors;
    private final SecondFactorStep step;

    public SignInCodeView(SecondFactors factors, SecondFactorStep step) {
        this.factors = factors;
        this.step = step;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PendingSignIn pending = pending();
        if (pending == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        add(new H1("Masthead"), new H2("Second factor"));
        if (step.hasPasskeyOnly(pending.username())) {
            Paragraph usePasskey = new Paragraph(USE_YOUR_PASSKEY);
            usePasskey.setId("second-factor-use-passkey");
            Anchor back = new Anchor("login", "Back to the sign-in page");
            back.setRouterIgnore(true);
            add(usePasskey, back);
            return;
        }
        if (pending.enrolling()) {
            add(new Paragraph("Your role requires a second factor. Scan this code with an authenticator app "
                    + "(or type the key below into it), then type the six digits it shows."));
            Image qr = new Image(factors.qrCode(pending.username(), pending.enrolmentSecret()), "QR code of your new second factor");
            qr.setId("second-factor-qr");
            Paragraph secret = new Paragraph("Key: " + pending.enrolmentSecret());
            secret.setId("second-factor-secret");
            add(qr, secret);
        } else {
            add(new Paragraph("Type the six digits your authenticator app shows, or one of your recovery codes."));
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Paragraph error = new Paragraph(lastFailure() instanceof SignInRefusedException
                    ? SignInRefusedException.MESSAGE : SecondFactorStep.WRONG_CODE);
            error.setId("second-factor-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            add(error);
        }
        add(form());
    }

    private NativeForm form() {
        NativeForm form = new NativeForm();
        form.getElement().setAttribute("method", "post");
        form.getElement().setAttribute("action", SecondFactorStep.CODE_PATH.substring(1));
        Input code = new Input();
        code.setId("second-factor-code");
        code.getElement().setAttribute("name", "code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("required", true);
        code.getElement().setAttribute("autofocus", true);
        NativeLabel label = new NativeLabel("Code");
        label.setFor(code);
        NativeButton submit = new NativeButton("Continue");
        submit.setId("second-factor-submit");
        submit.getElement().setAttribute("type", "submit");
        form.add(label, code, submit);
        CsrfToken token = csrfToken();
        if (token != null) {
            Input csrf = new Input();
            csrf.setType("hidden");
            csrf.getElement().setAttribute("name", token.getParameterName());
            csrf.getElement().setAttribute("value", token.getToken());
            form.add(csrf);
        }
        return form;
    }

    private static PendingSignIn pending() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : (PendingSignIn) session.getSession().getAttribute(PendingSignIn.ATTRIBUTE);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
