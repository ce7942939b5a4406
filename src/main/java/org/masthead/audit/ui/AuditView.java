package org.masthead.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditChoices;
import org.masthead.audit.AuditFilter;
import org.masthead.audit.AuditLine;
import org.masthead.audit.AuditReader;
import org.masthead.audit.AuditSubjects.IssueName;
import org.masthead.audit.AuditSubjects.Person;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.Formats;

/**
 * Who did what, when: every change of state, newest first, in words ("Erin Editor approved
 * Topics of the Week in No. 2: …") with the section and issue as links, narrowed by issue,
 * person and action. Pages come from the database as the grid scrolls; nothing is held whole.
 */
@Route("audit")
@PageTitle("Audit trail · Masthead")
@Menu(order = 6, title = "Audit trail")
@RolesAllowed({"EDITOR", "PUBLISHER", "ADMIN"})
public class AuditView extends VerticalLayout {

    private final ComboBox<IssueName> issue = new ComboBox<>("Issue");
    private final ComboBox<Person> person = new ComboBox<>("Person");
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final Grid<AuditLine> grid = new Grid<>();

    public AuditView(AuditReader trail, DeskTime deskTime) {
        AuditChoices choices = trail.choices();
        filter(issue, "audit-issue", "Every issue");
        issue.setItems(choices.issues());
        issue.setItemLabelGenerator(IssueName::words);
        filter(person, "audit-person", "Everyone");
        person.setItems(choices.people());
        person.setItemLabelGenerator(Person::displayName);
        filter(action, "audit-action", "Every action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);

        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(line -> Formats.moment(line.event().getOccurredAt(), deskTime.zone()))
                .setKey("when").setHeader("When").setWidth("7.5em").setFlexGrow(0);
        grid.addComponentColumn(AuditSentence::new).setKey("what").setHeader("What").setFlexGrow(3);
        grid.addColumn(AuditView::noteOf).setKey("note").setHeader("Note").setFlexGrow(2);
        grid.setItems(query -> trail.page(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(currentFilter())));
        grid.setWidthFull();

        HorizontalLayout filters = new HorizontalLayout(issue, person, action);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        setSizeFull();
        add(new H2("Audit trail"), filters, grid);
        setFlexGrow(1, grid);
    }

    private <T> void filter(ComboBox<T> box, String id, String placeholder) {
        box.setId(id);
        box.setPlaceholder(placeholder);
        box.setClearButtonVisible(true);
        box.setWidth("16em");
        box.getStyle().set("max-width", "100%");
        box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(issue.getValue() == null ? null : issue.getValue().id(),
                person.getValue() == null ? null : person.getValue().username(), action.getValue());
    }

    /** The note as written, unless it only repeats who or what the sentence already names. */
    static String noteOf(AuditLine line) {
        String note = line.event().getNote();
        if (note == null || line.event().getAction().noteIsAPerson() || Objects.equals(note, line.sectionHeading())) {
            return "";
        }
        return note;
    }
}
