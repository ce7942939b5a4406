package org.masthead.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.review.Inbox;
import org.masthead.review.InboxMessage;

/**
 * Messages about work that is mine, and good news about it, newest first. What still needs me is
 * in bold; what I read is plain; what no longer needs anyone (the work moved on) says "done".
 * Opening one marks it read.
 */
@Route("inbox")
@PageTitle("Inbox · Masthead")
@Menu(order = 2, title = "Inbox")
@PermitAll
public class InboxView extends VerticalLayout {

    private final Inbox inbox;
    private final Grid<InboxMessage> grid = new Grid<>(InboxMessage.class, false);

    public InboxView(Inbox inbox, DeskTime deskTime, DeskUpdates updates) {
        this.inbox = inbox;
        grid.setId("inbox");
        // A long message wraps, so its end (and its "done" badge) is never cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(InboxView::message).setKey("message").setHeader("Message").setFlexGrow(4);
        grid.addColumn(m -> Formats.moment(m.getCreatedAt(), deskTime.zone())).setHeader("When").setAutoWidth(true);
        grid.setEmptyStateText("Nothing for you. When it is your turn, you will find it here.");
        grid.addItemClickListener(e -> {
            inbox.markRead(e.getItem().getId());
            getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
        });
        Button allRead = new Button("Mark all as read", e -> {
            inbox.markAllRead();
            Toast.show("Everything is marked as read.");
            refresh();
        });
        allRead.setId("mark-all-read");
        add(new H2("Inbox"), allRead, grid);
        refresh();
        // A message that arrives (or settles) while the inbox is open shows without a reload.
        updates.whileShown(this, this::refresh);
    }

    private static Span message(InboxMessage m) {
        Span text = new Span(m.getText());
        if (m.needsMe()) {
            text.getStyle().set("font-weight", "600");
        }
        if (m.isSettled()) {
            Span done = new Span("done");
            done.getElement().getThemeList().add("badge contrast small");
            done.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            text.add(done);
        }
        return text;
    }

    private void refresh() {
        grid.setItems(inbox.mine());
    }
}
