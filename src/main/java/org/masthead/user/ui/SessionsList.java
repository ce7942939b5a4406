package org.masthead.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.user.DeskSession;
import org.masthead.user.DeskSessions;

/**
 * A person's signed-in sessions: device, address, signed in, last seen, each with its Sign out (the
 * one showing the list says "This session" instead). On the profile for one's own, in the Users
 * screen's Sessions dialog for an administrator.
 */
class SessionsList extends VerticalLayout {

    private final Grid<DeskSession> grid = new Grid<>(DeskSession.class, false);
    private final Supplier<List<DeskSession>> source;

    SessionsList(DeskSessions sessions, DeskTime time, Supplier<List<DeskSession>> source) {
        this.source = source;
        setPadding(false);
        grid.setId("sessions");
        grid.addColumn(DeskSession::device).setHeader("Device");
        grid.addColumn(s -> s.address() == null ? "unknown" : s.address()).setHeader("Address");
        grid.addColumn(s -> Formats.moment(s.signedInAt(), time.zone())).setHeader("Signed in");
        grid.addColumn(s -> Formats.moment(s.lastSeenAt(), time.zone())).setHeader("Last seen");
        grid.addComponentColumn(s -> {
            if (s.current()) {
                return new Span("This session");
            }
            Button out = new Button("Sign out", e -> {
                sessions.endSession(s.id());
                Toast.show("Signed out: " + s.device() + ". Its next click goes to the sign-in page.");
                refresh();
            });
            out.setId("sign-out-session-" + s.id());
            out.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return out;
        }).setHeader("").setKey("sign-out");
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(source.get());
    }
}
