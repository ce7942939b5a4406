package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.masthead.user.DeskSessions;

/**
 * Where the "This wasn't me" link of a new-device mail leads, for someone who may have no session at
 * all. Opening the link changes nothing (mail scanners open links too); the button signs the account
 * out everywhere, once.
 */
@Route(value = "not-me", autoLayout = false)
@PageTitle("This wasn't me · Masthead")
@AnonymousAllowed
public class NotMeView extends VerticalLayout implements BeforeEnterObserver {

    private final DeskSessions sessions;
    private final Paragraph said = new Paragraph();
    private final Button out = new Button("Sign my account out everywhere");
    private String id;
    private String signature;

    public NotMeView(DeskSessions sessions) {
        this.sessions = sessions;
        setAlignItems(Alignment.CENTER);
        said.setId("not-me-said");
        said.setText("Someone signed in to your Masthead account from a new device. If it wasn't you, sign your "
                + "account out everywhere: every session on every device ends at once.");
        out.setId("not-me");
        out.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        out.addClickListener(e -> signOutEverywhere());
        add(new H1("This wasn't me"), said, out);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        id = query.getOrDefault("id", List.of("")).get(0);
        signature = query.getOrDefault("sig", List.of("")).get(0);
    }

    private void signOutEverywhere() {
        out.setVisible(false);
        if (sessions.notMe(id, signature).isPresent()) {
            said.setText("Done: your account is signed out everywhere, on every device, including whoever signed "
                    + "in. They may know your password: ask your administrator for a new one now (call them, "
                    + "do not answer this mail), then change it on your profile.");
        } else {
            said.setText("This link does not work: it was used already, has expired, or was not copied whole. "
                    + "If you think someone else signed in as you, call your administrator.");
        }
    }
}
