package org.masthead.mailing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.masthead.base.Counting;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.issue.IssueService;
import org.masthead.mailing.Subscriber;
import org.masthead.mailing.SubscriberRefused;
import org.masthead.mailing.SubscriberSearch;
import org.masthead.mailing.SubscriberStatus;
import org.masthead.mailing.Subscribers;

/**
 * The mailing list, for publishers and admins: how many stand where, search and filter, add one,
 * import and export a CSV, delete someone's data when they ask. The rules are the service's.
 */
@Route("subscribers")
@PageTitle("Subscribers · Masthead")
@Menu(order = 45, title = "Subscribers")
@RolesAllowed({"PUBLISHER", "ADMIN"})
public class SubscribersView extends VerticalLayout {

    private final Subscribers subscribers;
    private final Paragraph counts = new Paragraph();
    private final TextField search = new TextField();
    private final Select<SubscriberStatus> status = new Select<>();
    private final Grid<Subscriber> grid = new Grid<>(Subscriber.class, false);

    public SubscribersView(Subscribers subscribers, IssueService issues) {
        this.subscribers = subscribers;
        // Days as every screen shows them, in the publication's time zone.
        ZoneId zone = issues.publication().getTimeZone();
        counts.setId("subscriber-counts");
        search.setId("subscriber-search");
        search.setPlaceholder("Search address or name");
        search.setAriaLabel("Search address or name");
        search.setMaxLength(SubscriberSearch.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("subscriber-status");
        status.setAriaLabel("Status");
        status.setItems(SubscriberStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Every status");
        status.setItemLabelGenerator(s -> s == null ? "Every status" : s.label());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("subscribers");
        grid.addColumn(Subscriber::getAddress).setHeader("Address").setFlexGrow(2);
        grid.addColumn(s -> s.getName() == null ? "" : s.getName()).setHeader("Name");
        grid.addColumn(s -> s.getStatus().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.getConsentSource().label() + " on " + Formats.day(LocalDate.ofInstant(s.getConsentedAt(), zone))
                + (s.getConsentNote() == null ? "" : " (" + s.getConsentNote() + ")")).setHeader("Consent").setFlexGrow(2);
        grid.addColumn(s -> s.getSuppressedReason() == null ? "" : s.getSuppressedReason()
                        + (s.getLeftAt() == null ? "" : " (" + Formats.day(LocalDate.ofInstant(s.getLeftAt(), zone)) + ")"))
                .setKey("suppressed").setHeader("Suppressed because").setFlexGrow(2);
        grid.addComponentColumn(this::liftButton).setKey("lift").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::deleteButton).setKey("delete").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> subscribers.find(currentSearch(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, subscribers.count(currentSearch())));
        Anchor export = new Anchor(exportOf(subscribers), AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("export-subscribers");
        HorizontalLayout filters = new HorizontalLayout(search, status, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H2("Subscribers"), counts, filters, grid, new H3("Add subscriber"), new NewSubscriberForm(subscribers, this::refresh),
                new H3("Import CSV"), new SubscriberImport(subscribers, this::refresh));
        refresh();
    }

    private SubscriberSearch currentSearch() {
        return new SubscriberSearch(search.getValue(), status.getValue());
    }

    /** For a bounced or complained address: take it back, with a note (publishers; the service checks). */
    private Component liftButton(Subscriber subscriber) {
        if (subscriber.getSuppressedReason() == null) {
            return new Span();
        }
        Button lift = new Button("Lift", e -> askForLiftNote(subscriber));
        lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lift.setId("lift-suppression-" + subscriber.getId());
        return lift;
    }

    private void askForLiftNote(Subscriber subscriber) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mail " + subscriber.getAddress() + " again?");
        TextArea note = new TextArea("Why (kept in the audit trail)");
        note.setId("lift-note");
        note.setMaxLength(Subscriber.NOTE_MAX);
        note.setWidthFull();
        Button confirm = new Button("Lift the suppression", e -> {
            try {
                subscribers.liftSuppression(subscriber.getId(), note.getValue());
                dialog.close();
                Toast.show(subscriber.getAddress() + " is confirmed again and gets the next issue.");
                refresh();
            } catch (SubscriberRefused refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            }
        });
        confirm.setId("lift-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(subscriber.getSuppressedReason()), note);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private Button deleteButton(Subscriber subscriber) {
        Button delete = new Button("Delete data", e -> Confirmation.askBeforeRemoving("Delete the data of " + subscriber.getAddress() + "?",
                "Their address, name, consent and what was sent to them are deleted for good; they get no more issues. "
                        + "Do this when they ask for their data to be erased.",
                "Delete the data of " + subscriber.getAddress(),
                () -> {
                    subscribers.delete(subscriber.getId());
                    Toast.show("The data of " + subscriber.getAddress() + " is deleted.");
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("delete-subscriber-" + subscriber.getId());
        return delete;
    }

    private void refresh() {
        Map<SubscriberStatus, Long> byStatus = subscribers.countsByStatus();
        counts.setText(Stream.of(SubscriberStatus.values())
                .map(s -> Counting.thousands(byStatus.get(s)) + " " + s.label().toLowerCase())
                .collect(Collectors.joining(" · ")));
        grid.getDataProvider().refreshAll();
    }

    static DownloadHandler exportOf(Subscribers subscribers) {
        return event -> {
            event.setFileName("subscribers.csv");
            event.setContentType("text/csv; charset=UTF-8");
            subscribers.exportCsv(event.getOutputStream());
        };
    }
}
