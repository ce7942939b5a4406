package org.masthead.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What the error screens share: a heading, one sentence, and the ways on from there. Signed in,
 * that is back to the desk or out (to sign in as someone who may); signed out, the sign-in page.
 * The screens sit in {@link MainLayout}, so the top bar and the menu stay too: no dead end.
 */
abstract class SentenceView extends VerticalLayout {

    /** Said for every refusal by role, whether the router or a service refused. */
    static final String NOT_FOR_YOUR_ROLE = "Your role does not allow you to open this page.";

    private final AuthenticationContext authentication;

    protected SentenceView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    protected void show(String id, String heading, String sentence) {
        removeAll();
        setId(id);
        Paragraph said = new Paragraph(sentence);
        said.setId("what-happened");
        add(new H2(heading), said, waysOn());
    }

    /** Refused by role: the same words for the router's refusal and a service's. */
    protected void showNotForYourRole() {
        show("forbidden", "Not for your role", NOT_FOR_YOUR_ROLE);
    }

    private HorizontalLayout waysOn() {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("ways-on");
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (authentication.isAuthenticated()) {
            // A plain path, not the view's class: base knows no feature. The attribute keeps it in the app.
            Anchor desk = new Anchor("", "Back to my desk");
            desk.getElement().setAttribute("router-link", true);
            desk.setId("back-to-desk");
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out-instead");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(desk, signOut);
        } else {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.setId("sign-in");
            links.add(signIn);
        }
        return links;
    }
}
