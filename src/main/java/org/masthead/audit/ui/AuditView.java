package org.masthead.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;

/** Who did what, when: every change of state, newest first. */
@Route("audit")
@PageTitle("Audit trail · Masthead")
@Menu(order = 6, title = "Audit trail")
@RolesAllowed({"EDITOR", "PUBLISHER", "ADMIN"})
public class AuditView extends VerticalLayout {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    public AuditView(AuditTrail audit) {
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.setId("audit");
        grid.addColumn(e -> WHEN.format(e.getOccurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader("Who");
        grid.addColumn(AuditEvent::getAction).setHeader("What");
        grid.addColumn(e -> e.getIssueId() == null ? "" : "issue #" + e.getIssueId()
                + (e.getSectionId() == null ? "" : ", section #" + e.getSectionId())).setHeader("Which");
        grid.addColumn(e -> e.getFromState() == null && e.getToState() == null ? ""
                : (e.getFromState() == null ? "" : e.getFromState()) + " → " + e.getToState()).setHeader("From → to");
        grid.addColumn(e -> e.getNote() == null ? "" : e.getNote()).setHeader("Note").setFlexGrow(3);
        grid.setItems(audit.latest(SHOWN));
        setSizeFull();
        add(new H2("Audit trail"), grid);
    }
}
