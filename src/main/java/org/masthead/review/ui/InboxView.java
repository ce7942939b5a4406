package org.masthead.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.review.Inbox;
import org.masthead.review.InboxMessage;

/** Messages about work that is now mine, newest first. Opening one marks it read. */
@Route("inbox")
@PageTitle("Inbox · Masthead")
@Menu(order = 2, title = "Inbox")
@PermitAll
public class InboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm").withZone(ZoneId.systemDefault());

    private final Inbox inbox;
    private final Grid<InboxMessage> grid = new Grid<>(InboxMessage.class, false);

    public InboxView(Inbox inbox, DeskUpdates updates) {
        this.inbox = inbox;
        grid.setId("inbox");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(m -> {
            Span text = new Span(m.getText());
            if (!m.isRead()) {
                text.getStyle().set("font-weight", "600");
            }
            return text;
        }).setHeader("Message").setFlexGrow(4);
        grid.addColumn(m -> WHEN.format(m.getCreatedAt())).setHeader("When").setAutoWidth(true);
        grid.setEmptyStateText("Nothing for you. When it is your turn, you will find it here.");
        grid.addItemClickListener(e -> {
            inbox.markRead(e.getItem().getId());
            getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
        });
        Button allRead = new Button("Mark all as read", e -> {
            inbox.markAllRead();
            Notification.show("Everything is marked as read.");
            refresh();
        });
        allRead.setId("mark-all-read");
        add(new H2("Inbox"), allRead, grid);
        refresh();
        // A message that arrives (or settles) while the inbox is open shows without a reload.
        updates.whileShown(this, this::refresh);
    }

    private void refresh() {
        grid.setItems(inbox.mine());
    }
}
