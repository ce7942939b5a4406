package org.masthead.mailing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.masthead.base.Counting;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.mailing.Outbox;
import org.masthead.mailing.ReceivedMail;

/**
 * The mails the app's own test mail server received, newest first: what subscribers and the desk
 * would get, without any mail setup (development and the demo). Administrators only.
 */
@Route("outbox")
@PageTitle("Outbox · Masthead")
@Menu(order = 8, title = "Outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    private final Outbox outbox;
    private final ZoneId zone;
    private final TextField recipient = new TextField("Recipient");
    private final Paragraph count = new Paragraph();
    private final Grid<ReceivedMail> grid = new Grid<>(ReceivedMail.class, false);
    private final ReceivedMailPanel reader = new ReceivedMailPanel();

    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        this.zone = outbox.timeZone();
        Paragraph where = new Paragraph(outbox.whereMailGoes());
        where.setId("where-mail-goes");
        add(new H2("Outbox"), where, signing(outbox.signing()));
        if (!outbox.listing()) {
            return;
        }
        recipient.setId("recipient-search");
        recipient.setPlaceholder("Part of an address");
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear", e -> askBeforeClearing());
        clear.setId("clear-outbox");
        clear.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout tools = new HorizontalLayout(recipient, clear);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.setId("outbox-count");
        grid.setId("outbox");
        grid.addColumn(ReceivedMail::to).setHeader("To").setAutoWidth(true);
        grid.addColumn(ReceivedMail::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(mail -> Formats.moment(mail.receivedAt(), zone)).setHeader("When").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> reader.show(e.getValue()));
        grid.setHeight("20em");
        add(tools, count, grid, reader);
        refresh();
    }

    /** How mail is signed: the DNS record to publish and whether From and DKIM domains align. */
    private static VerticalLayout signing(Outbox.Signing signing) {
        VerticalLayout section = new VerticalLayout();
        section.setId("dkim");
        section.setPadding(false);
        section.add(new H3("Signing (DKIM)"));
        Paragraph alignment = new Paragraph(signing.alignment());
        alignment.setId("dkim-alignment");
        if (signing.enabled()) {
            section.add(new Paragraph("Every mail is signed for " + signing.domain() + " with the selector "
                    + signing.selector() + " (rsa-sha256, relaxed/relaxed). Publish this TXT record in the domain's DNS:"));
            TextArea record = new TextArea("TXT record " + signing.record());
            record.setId("dkim-record");
            record.setValue(signing.value());
            record.setReadOnly(true);
            record.setWidthFull();
            Pre zone = new Pre(signing.zoneLine());
            zone.setId("dkim-zone-line");
            zone.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
            section.add(record, zone);
        }
        section.add(alignment);
        return section;
    }

    private void askBeforeClearing() {
        int listed = outbox.newestFirst("").size();
        Confirmation.askBeforeRemoving("Clear the outbox?",
                "The " + Formats.count(listed, "mail") + " kept here will be forgotten. Nothing is sent or unsent.",
                "Clear the outbox", () -> {
                    int cleared = outbox.clear();
                    Toast.show("Cleared: " + Formats.count(cleared, "mail") + " forgotten.");
                    refresh();
                });
    }

    private void refresh() {
        List<ReceivedMail> mails = outbox.newestFirst(recipient.getValue());
        grid.setItems(mails);
        reader.show(null);
        if (mails.isEmpty()) {
            count.setText(recipient.isEmpty()
                    ? "No mail yet. Release an issue or send a test, and what each subscriber receives shows here."
                    : "No mail to an address containing \"" + recipient.getValue().strip() + "\".");
        } else {
            count.setText(Formats.count(mails.size(), "mail") + ", newest first (only the newest "
                    + Counting.thousands(outbox.kept()) + " are kept). Select one to read it.");
        }
    }
}
