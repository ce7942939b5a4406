package org.masthead.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.masthead.security.CurrentUser;
import org.masthead.security.SecondFactorStep;
import org.masthead.security.SecondFactors;

/**
 * Everyone's own second factor, linked from My profile: set up an authenticator app (a QR code
 * and the key as text, confirmed with the app's first code), then the ten recovery codes, shown
 * this once. Someone who enrolled during sign-in reads their recovery codes here, once too.
 */
@Route("profile/second-factor")
@PageTitle("Second factor · Masthead")
@PermitAll
public class SecondFactorView extends VerticalLayout {

    private final SecondFactors factors;
    private final String me;

    public SecondFactorView(SecondFactors factors, CurrentUser currentUser) {
        this.factors = factors;
        this.me = currentUser.requireUsername();
        add(new H2("Second factor"));
        List<String> madeAtSignIn = takeCodesMadeAtSignIn();
        if (madeAtSignIn != null) {
            showRecoveryCodes(madeAtSignIn);
        } else if (factors.isEnrolled(me)) {
            Paragraph status = new Paragraph("You sign in with your password and the code of your authenticator app. "
                    + factors.recoveryCodesLeft(me) + " of your " + SecondFactors.RECOVERY_CODES + " recovery codes are left. "
                    + "Lost the app? Sign in with a recovery code, or ask an administrator to reset your second factor.");
            status.setId("second-factor-status");
            add(status);
        } else {
            Paragraph status = new Paragraph("You sign in with your password alone. An authenticator app on your phone "
                    + "adds a code that changes every 30 seconds, so a stolen password is not enough to sign in as you.");
            status.setId("second-factor-status");
            Button start = new Button("Set up an authenticator app", e -> startEnrolment());
            start.setId("start-enrolment");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(status, start);
        }
    }

    private void startEnrolment() {
        removeAll();
        String secret = factors.newSecret();
        Image qr = new Image(factors.qrCode(me, secret), "QR code of your new second factor");
        qr.setId("second-factor-qr");
        Paragraph key = new Paragraph("Key: " + secret);
        key.setId("second-factor-secret");
        TextField code = new TextField("Code the app shows");
        code.setId("enrolment-code");
        code.setHelperText("Six digits");
        Button confirm = new Button("Confirm", e -> factors.enrol(me, secret, code.getValue()).ifPresentOrElse(codes -> {
            removeAll();
            add(new H2("Second factor"));
            showRecoveryCodes(codes);
        }, () -> {
            code.setErrorMessage("That code is not right. Type the six digits the app shows now.");
            code.setInvalid(true);
        }));
        confirm.setId("confirm-enrolment");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Second factor"), new Paragraph("Scan this code with an authenticator app, or type the key into it, "
                + "then type the six digits it shows."), qr, key, code, confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        Paragraph said = new Paragraph("Your second factor is set up. These are your recovery codes: each signs you in "
                + "once instead of the app's code. Write them down or store them somewhere safe now; they are not shown again.");
        said.setId("second-factor-status");
        UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("recovery-codes");
        add(said, new Div(list));
    }

    @SuppressWarnings("unchecked")
    private static List<String> takeCodesMadeAtSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object codes = session.getSession().getAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW);
        session.getSession().removeAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW);
        return (List<String>) codes;
    }
}
